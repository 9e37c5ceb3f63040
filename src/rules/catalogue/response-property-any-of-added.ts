import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-any-of-added',
  class: 'additive',
  strictClass: 'breaking',
  subject: 'response-property',
  kind: 'any-of-added',
  description: 'A response property has a new `anyOf` variant.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) has a new anyOf variant {{variant}}.',
  why: 'Clients may receive a shape they do not know; tolerant clients skip it, strict ones (exhaustive switches, generated unions) fail, hence breaking under the strict profile.',
  fix: 'Tell client authors; make sure clients have a fallback for unknown variants.',
});

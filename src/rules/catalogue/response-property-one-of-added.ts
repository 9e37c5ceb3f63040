import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-one-of-added',
  class: 'additive',
  strictClass: 'breaking',
  subject: 'response-property',
  kind: 'one-of-added',
  description: 'A response property has a new `oneOf` variant.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) has a new oneOf variant {{variant}}.',
  why: 'Clients may receive a shape they do not know; tolerant clients skip it, strict ones (exhaustive switches, generated unions) fail, hence breaking under the strict profile.',
  fix: 'Tell client authors; make sure clients have a fallback for unknown variants.',
});

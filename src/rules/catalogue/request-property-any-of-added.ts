import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-any-of-added',
  class: 'additive',
  subject: 'request-property',
  kind: 'any-of-added',
  description: 'A request property has a new `anyOf` variant.',
  message: '{{operation}}: the request property {{property}} has a new anyOf variant {{variant}}.',
  why: 'Clients keep sending the variants they know; the server accepts one more.',
  fix: 'Nothing to do.',
});

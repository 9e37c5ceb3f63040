import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-one-of-added',
  class: 'additive',
  subject: 'request-property',
  kind: 'one-of-added',
  description: 'A request property has a new `oneOf` variant.',
  message: '{{operation}}: the request property {{property}} has a new oneOf variant {{variant}}.',
  why: 'Clients keep sending the variants they know; the server accepts one more.',
  fix: 'Nothing to do.',
});

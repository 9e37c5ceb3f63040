import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-one-of-added',
  class: 'additive',
  subject: 'request-body',
  kind: 'one-of-added',
  description: 'A request body has a new `oneOf` variant.',
  message: '{{operation}}: the request body has a new oneOf variant {{variant}}.',
  why: 'Clients keep sending the variants they know; the server accepts one more.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-any-of-added',
  class: 'additive',
  subject: 'request-body',
  kind: 'any-of-added',
  description: 'A request body has a new `anyOf` variant.',
  message: '{{operation}}: the request body has a new anyOf variant {{variant}}.',
  why: 'Clients keep sending the variants they know; the server accepts one more.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-added',
  class: 'additive',
  subject: 'response-body',
  kind: 'added',
  description: 'A webhook or callback request the API sends now carries a body.',
  message: '{{operation}}: the request the API sends now carries a body.',
  why: 'Receivers that ignored the missing body keep working; the body is news. Only seen in webhooks and callbacks, where the API sends the request and the receiver reads it like a response.',
  fix: 'Nothing to do.',
});

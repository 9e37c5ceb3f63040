import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-became-required',
  class: 'additive',
  subject: 'response-body',
  kind: 'became-required',
  description: 'The body of a webhook or callback request the API sends is now always present.',
  message: '{{operation}}: the request the API sends now always carries a body.',
  why: 'Receivers already handled the body when present; now it always is. Only seen in webhooks and callbacks, where the API sends the request and the receiver reads it like a response.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-became-optional',
  class: 'breaking',
  subject: 'response-body',
  kind: 'became-optional',
  description: 'The body of a webhook or callback request the API sends became optional.',
  message: '{{operation}}: the request the API sends may now come without a body; receivers that read it may get nothing.',
  why: 'Receivers relied on the body always being there. Only seen in webhooks and callbacks, where the API sends the request and the receiver reads it like a response.',
  fix: 'Keep the body required.',
});

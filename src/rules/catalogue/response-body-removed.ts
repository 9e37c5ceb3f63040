import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-removed',
  class: 'breaking',
  subject: 'response-body',
  kind: 'removed',
  description: 'A webhook or callback request the API sends no longer carries a body.',
  message: '{{operation}}: the request the API sends no longer carries a body; receivers that read it get nothing.',
  why: 'Receivers parse the body they were promised and fail without it. Only seen in webhooks and callbacks, where the API sends the request and the receiver reads it like a response.',
  fix: 'Keep sending the body; deprecate the webhook and add a new one.',
});

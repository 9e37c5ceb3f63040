import { defineRule } from '../rule.js';

export default defineRule({
  id: 'webhook-added',
  class: 'additive',
  subject: 'webhook',
  kind: 'added',
  description: 'A new webhook (OpenAPI 3.1 `webhooks`).',
  message: 'Webhook {{operation}} was added.',
  why: 'The API starts sending a new kind of event; receivers subscribe to it explicitly or ignore what they do not know.',
  fix: 'Document the event for receivers.',
});

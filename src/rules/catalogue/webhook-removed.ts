import { defineRule } from '../rule.js';

export default defineRule({
  id: 'webhook-removed',
  class: 'breaking',
  subject: 'webhook',
  kind: 'removed',
  description: 'A webhook (OpenAPI 3.1 `webhooks`) was removed.',
  message: 'Webhook {{operation}} was removed: receivers waiting for it never get it again.',
  why: 'Receivers built around the event stop receiving it, silently.',
  fix: 'Keep sending the event; deprecate it and announce a date before removing it.',
});

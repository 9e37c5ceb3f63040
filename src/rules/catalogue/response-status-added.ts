import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-status-added',
  class: 'additive',
  subject: 'response',
  kind: 'status-added',
  description: 'A response status code was added.',
  message: '{{operation}} can respond with status {{status}}.',
  why: 'Clients handle unknown statuses by their class (2xx, 4xx, 5xx).',
  fix: 'Document the new status for client authors.',
});

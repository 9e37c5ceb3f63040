import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-min-decreased',
  class: 'breaking',
  subject: 'response-body',
  kind: 'min-decreased',
  description: 'The minimum of a response body was lowered (or removed).',
  message: '{{operation}}: the response body (status {{status}}) lowered its minimum from {{from}} to {{to}}.',
  why: 'Clients that rely on the old lower bound (array indexes, unsigned storage) receive smaller values.',
  fix: 'Keep the old minimum in responses.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-min-decreased',
  class: 'breaking',
  subject: 'response-property',
  kind: 'min-decreased',
  description: 'The minimum of a response property was lowered (or removed).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) lowered its minimum from {{from}} to {{to}}.',
  why: 'Clients that rely on the old lower bound (array indexes, unsigned storage) receive smaller values.',
  fix: 'Keep the old minimum in responses.',
});

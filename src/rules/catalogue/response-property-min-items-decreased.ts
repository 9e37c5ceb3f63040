import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-min-items-decreased',
  class: 'breaking',
  subject: 'response-property',
  kind: 'min-items-decreased',
  description: 'The minimum number of items of a response property was lowered (or removed).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) lowered its minimum number of items from {{from}} to {{to}}.',
  why: 'Clients that read the first item without checking receive shorter (or empty) arrays.',
  fix: 'Keep the old minimum in responses.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-min-properties-decreased',
  class: 'breaking',
  subject: 'response-property',
  kind: 'min-properties-decreased',
  description: 'The minimum number of properties of a response property was lowered (or removed).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) lowered its minimum number of properties from {{from}} to {{to}}.',
  why: 'Clients that expect at least the old number of entries receive fewer.',
  fix: 'Keep the old minimum in responses.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-max-length-increased',
  class: 'breaking',
  subject: 'response-property',
  kind: 'max-length-increased',
  description: 'The maximum length of a response property was raised (or removed).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) raised its maximum length from {{from}} to {{to}}.',
  why: 'Clients that store the value in a column or buffer sized by the old maximum truncate or fail.',
  fix: 'Keep the old maximum length in responses.',
});

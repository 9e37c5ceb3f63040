import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-max-properties-increased',
  class: 'breaking',
  subject: 'response-property',
  kind: 'max-properties-increased',
  description: 'The maximum number of properties of a response property was raised (or removed).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) raised its maximum number of properties from {{from}} to {{to}}.',
  why: 'Clients that size storage by the old maximum receive more entries.',
  fix: 'Keep the old maximum in responses.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-max-increased',
  class: 'breaking',
  subject: 'response-property',
  kind: 'max-increased',
  description: 'The maximum of a response property was raised (or removed).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) raised its maximum from {{from}} to {{to}}.',
  why: 'Clients that size storage by the old maximum overflow or reject larger values.',
  fix: 'Keep the old maximum in responses.',
});

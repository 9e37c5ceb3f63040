import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-max-increased',
  class: 'breaking',
  subject: 'response-body',
  kind: 'max-increased',
  description: 'The maximum of a response body was raised (or removed).',
  message: '{{operation}}: the response body (status {{status}}) raised its maximum from {{from}} to {{to}}.',
  why: 'Clients that size storage by the old maximum overflow or reject larger values.',
  fix: 'Keep the old maximum in responses.',
});

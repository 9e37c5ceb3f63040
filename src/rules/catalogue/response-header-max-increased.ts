import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-max-increased',
  class: 'breaking',
  subject: 'response-header',
  kind: 'max-increased',
  description: 'The maximum of a response header was raised (or removed).',
  message: '{{operation}}: the response header {{header}} (status {{status}}) raised its maximum from {{from}} to {{to}}.',
  why: 'Clients that size storage by the old maximum overflow or reject larger values.',
  fix: 'Keep the old maximum in responses.',
});

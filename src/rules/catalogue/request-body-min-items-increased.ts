import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-min-items-increased',
  class: 'breaking',
  subject: 'request-body',
  kind: 'min-items-increased',
  description: 'The minimum number of items of a request body was raised (or set).',
  message: '{{operation}}: the request body raised its minimum number of items from {{from}} to {{to}}.',
  why: 'Clients that send fewer items are rejected.',
  fix: 'Keep the old minimum.',
});

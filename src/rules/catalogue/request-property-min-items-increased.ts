import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-min-items-increased',
  class: 'breaking',
  subject: 'request-property',
  kind: 'min-items-increased',
  description: 'The minimum number of items of a request property was raised (or set).',
  message: '{{operation}}: the request property {{property}} raised its minimum number of items from {{from}} to {{to}}.',
  why: 'Clients that send fewer items are rejected.',
  fix: 'Keep the old minimum.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-min-items-increased',
  class: 'additive',
  subject: 'response-property',
  kind: 'min-items-increased',
  description: 'The minimum number of items of a response property was raised (or set).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) raised its minimum number of items from {{from}} to {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-min-items-increased',
  class: 'additive',
  subject: 'response-header',
  kind: 'min-items-increased',
  description: 'The minimum number of items of a response header was raised (or set).',
  message: '{{operation}}: the response header {{header}} (status {{status}}) raised its minimum number of items from {{from}} to {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

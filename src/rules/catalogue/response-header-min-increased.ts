import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-min-increased',
  class: 'additive',
  subject: 'response-header',
  kind: 'min-increased',
  description: 'The minimum of a response header was raised (or set).',
  message: '{{operation}}: the response header {{header}} (status {{status}}) raised its minimum from {{from}} to {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

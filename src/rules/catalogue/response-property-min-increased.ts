import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-min-increased',
  class: 'additive',
  subject: 'response-property',
  kind: 'min-increased',
  description: 'The minimum of a response property was raised (or set).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) raised its minimum from {{from}} to {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

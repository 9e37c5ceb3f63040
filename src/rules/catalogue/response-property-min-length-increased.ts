import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-min-length-increased',
  class: 'additive',
  subject: 'response-property',
  kind: 'min-length-increased',
  description: 'The minimum length of a response property was raised (or set).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) raised its minimum length from {{from}} to {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

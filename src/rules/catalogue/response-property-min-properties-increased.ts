import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-min-properties-increased',
  class: 'additive',
  subject: 'response-property',
  kind: 'min-properties-increased',
  description: 'The minimum number of properties of a response property was raised (or set).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) raised its minimum number of properties from {{from}} to {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

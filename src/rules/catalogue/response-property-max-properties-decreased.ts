import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-max-properties-decreased',
  class: 'additive',
  subject: 'response-property',
  kind: 'max-properties-decreased',
  description: 'The maximum number of properties of a response property was lowered (or set).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) lowered its maximum number of properties from {{from}} to {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

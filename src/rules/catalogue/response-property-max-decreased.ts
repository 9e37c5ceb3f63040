import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-max-decreased',
  class: 'additive',
  subject: 'response-property',
  kind: 'max-decreased',
  description: 'The maximum of a response property was lowered (or set).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) lowered its maximum from {{from}} to {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

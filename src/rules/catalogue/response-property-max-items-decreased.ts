import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-max-items-decreased',
  class: 'additive',
  subject: 'response-property',
  kind: 'max-items-decreased',
  description: 'The maximum number of items of a response property was lowered (or set).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) lowered its maximum number of items from {{from}} to {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

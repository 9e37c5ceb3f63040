import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-max-properties-decreased',
  class: 'additive',
  subject: 'response-body',
  kind: 'max-properties-decreased',
  description: 'The maximum number of properties of a response body was lowered (or set).',
  message: '{{operation}}: the response body (status {{status}}) lowered its maximum number of properties from {{from}} to {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

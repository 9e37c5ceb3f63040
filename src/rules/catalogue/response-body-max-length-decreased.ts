import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-max-length-decreased',
  class: 'additive',
  subject: 'response-body',
  kind: 'max-length-decreased',
  description: 'The maximum length of a response body was lowered (or set).',
  message: '{{operation}}: the response body (status {{status}}) lowered its maximum length from {{from}} to {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

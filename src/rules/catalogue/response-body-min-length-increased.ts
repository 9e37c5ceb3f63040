import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-min-length-increased',
  class: 'additive',
  subject: 'response-body',
  kind: 'min-length-increased',
  description: 'The minimum length of a response body was raised (or set).',
  message: '{{operation}}: the response body (status {{status}}) raised its minimum length from {{from}} to {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

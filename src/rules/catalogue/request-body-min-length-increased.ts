import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-min-length-increased',
  class: 'breaking',
  subject: 'request-body',
  kind: 'min-length-increased',
  description: 'The minimum length of a request body was raised (or set).',
  message: '{{operation}}: the request body raised its minimum length from {{from}} to {{to}}.',
  why: 'Clients that send shorter strings are rejected.',
  fix: 'Keep the old minimum length.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-max-length-decreased',
  class: 'breaking',
  subject: 'request-body',
  kind: 'max-length-decreased',
  description: 'The maximum length of a request body was lowered (or set).',
  message: '{{operation}}: the request body lowered its maximum length from {{from}} to {{to}}.',
  why: 'Clients that send longer strings are rejected.',
  fix: 'Keep the old maximum length.',
});

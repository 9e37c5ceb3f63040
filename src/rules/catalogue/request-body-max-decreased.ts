import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-max-decreased',
  class: 'breaking',
  subject: 'request-body',
  kind: 'max-decreased',
  description: 'The maximum of a request body was lowered (or set).',
  message: '{{operation}}: the request body lowered its maximum from {{from}} to {{to}}.',
  why: 'Clients that send values above the new maximum are rejected.',
  fix: 'Keep the old maximum.',
});

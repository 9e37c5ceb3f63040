import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-min-increased',
  class: 'breaking',
  subject: 'request-body',
  kind: 'min-increased',
  description: 'The minimum of a request body was raised (or set).',
  message: '{{operation}}: the request body raised its minimum from {{from}} to {{to}}.',
  why: 'Clients that send values below the new minimum are rejected.',
  fix: 'Keep the old minimum.',
});

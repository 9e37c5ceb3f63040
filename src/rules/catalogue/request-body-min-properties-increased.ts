import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-min-properties-increased',
  class: 'breaking',
  subject: 'request-body',
  kind: 'min-properties-increased',
  description: 'The minimum number of properties of a request body was raised (or set).',
  message: '{{operation}}: the request body raised its minimum number of properties from {{from}} to {{to}}.',
  why: 'Clients that send fewer properties are rejected.',
  fix: 'Keep the old minimum.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-max-properties-decreased',
  class: 'breaking',
  subject: 'request-body',
  kind: 'max-properties-decreased',
  description: 'The maximum number of properties of a request body was lowered (or set).',
  message: '{{operation}}: the request body lowered its maximum number of properties from {{from}} to {{to}}.',
  why: 'Clients that send more properties are rejected.',
  fix: 'Keep the old maximum.',
});

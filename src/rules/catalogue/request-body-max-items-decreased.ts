import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-max-items-decreased',
  class: 'breaking',
  subject: 'request-body',
  kind: 'max-items-decreased',
  description: 'The maximum number of items of a request body was lowered (or set).',
  message: '{{operation}}: the request body lowered its maximum number of items from {{from}} to {{to}}.',
  why: 'Clients that send more items are rejected.',
  fix: 'Keep the old maximum.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-max-items-decreased',
  class: 'breaking',
  subject: 'request-property',
  kind: 'max-items-decreased',
  description: 'The maximum number of items of a request property was lowered (or set).',
  message: '{{operation}}: the request property {{property}} lowered its maximum number of items from {{from}} to {{to}}.',
  why: 'Clients that send more items are rejected.',
  fix: 'Keep the old maximum.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-max-items-decreased',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'max-items-decreased',
  description: 'The maximum number of items of a request parameter was lowered (or set).',
  message: '{{operation}}: the {{in}} parameter {{parameter}} lowered its maximum number of items from {{from}} to {{to}}.',
  why: 'Clients that send more items are rejected.',
  fix: 'Keep the old maximum.',
});

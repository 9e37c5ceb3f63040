import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-min-items-increased',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'min-items-increased',
  description: 'The minimum number of items of a request parameter was raised (or set).',
  message: '{{operation}}: the {{in}} parameter {{parameter}} raised its minimum number of items from {{from}} to {{to}}.',
  why: 'Clients that send fewer items are rejected.',
  fix: 'Keep the old minimum.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-max-decreased',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'max-decreased',
  description: 'The maximum of a request parameter was lowered (or set).',
  message: '{{operation}}: the {{in}} parameter {{parameter}} lowered its maximum from {{from}} to {{to}}.',
  why: 'Clients that send values above the new maximum are rejected.',
  fix: 'Keep the old maximum.',
});

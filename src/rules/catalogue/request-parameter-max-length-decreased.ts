import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-max-length-decreased',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'max-length-decreased',
  description: 'The maximum length of a request parameter was lowered (or set).',
  message: '{{operation}}: the {{in}} parameter {{parameter}} lowered its maximum length from {{from}} to {{to}}.',
  why: 'Clients that send longer strings are rejected.',
  fix: 'Keep the old maximum length.',
});

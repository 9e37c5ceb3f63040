import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-min-increased',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'min-increased',
  description: 'The minimum of a request parameter was raised (or set).',
  message: '{{operation}}: the {{in}} parameter {{parameter}} raised its minimum from {{from}} to {{to}}.',
  why: 'Clients that send values below the new minimum are rejected.',
  fix: 'Keep the old minimum.',
});

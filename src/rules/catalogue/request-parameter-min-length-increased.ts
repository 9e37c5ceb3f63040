import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-min-length-increased',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'min-length-increased',
  description: 'The minimum length of a request parameter was raised (or set).',
  message: '{{operation}}: the {{in}} parameter {{parameter}} raised its minimum length from {{from}} to {{to}}.',
  why: 'Clients that send shorter strings are rejected.',
  fix: 'Keep the old minimum length.',
});

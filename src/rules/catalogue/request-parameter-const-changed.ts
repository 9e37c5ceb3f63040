import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-const-changed',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'const-changed',
  description: 'The constant value of a request parameter changed.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} changed its constant from {{from}} to {{to}}.',
  why: 'Clients keep sending the old constant and are rejected.',
  fix: 'Accept both values for a while, e.g. with an enum.',
});

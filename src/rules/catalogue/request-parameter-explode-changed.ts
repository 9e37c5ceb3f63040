import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-explode-changed',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'explode-changed',
  description: 'The `explode` flag of a request parameter changed.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} changed explode from {{from}} to {{to}}; clients serialize arrays and objects the old way.',
  why: 'With explode, `ids=1&ids=2`; without, `ids=1,2`. Clients keep sending the old form, which the server now misreads.',
  fix: 'Keep the explode setting.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-pattern-added',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'pattern-added',
  description: 'A request parameter gained a `pattern`.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} gained the pattern {{to}}.',
  why: 'Clients that send values not matching the pattern are rejected.',
  fix: 'Accept the old values; validate softly.',
});

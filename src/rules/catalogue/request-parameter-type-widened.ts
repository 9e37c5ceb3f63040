import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-type-widened',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'type-widened',
  description: 'The parameter: type now admits more values (e.g. integer to number).',
  message: '{{operation}}: the {{in}} parameter {{parameter}} widened its type from {{from}} to {{to}}.',
  why: 'The server accepts everything it accepted before.',
  fix: 'Nothing to do.',
});

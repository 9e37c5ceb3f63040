import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-type-widened',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'type-widened',
  description: 'The type of a request parameter was widened to admit more values (e.g. integer to number).',
  message: '{{operation}}: the {{in}} parameter {{parameter}} widened its type from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-min-length-decreased',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'min-length-decreased',
  description: 'The minimum length of a request parameter was lowered (or removed).',
  message: '{{operation}}: the {{in}} parameter {{parameter}} lowered its minimum length from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

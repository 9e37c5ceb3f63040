import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-min-decreased',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'min-decreased',
  description: 'The minimum of a request parameter was lowered (or removed).',
  message: '{{operation}}: the {{in}} parameter {{parameter}} lowered its minimum from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

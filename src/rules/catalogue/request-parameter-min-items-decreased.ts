import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-min-items-decreased',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'min-items-decreased',
  description: 'The minimum number of items of a request parameter was lowered (or removed).',
  message: '{{operation}}: the {{in}} parameter {{parameter}} lowered its minimum number of items from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

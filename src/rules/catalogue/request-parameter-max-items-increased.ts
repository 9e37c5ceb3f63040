import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-max-items-increased',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'max-items-increased',
  description: 'The maximum number of items of a request parameter was raised (or removed).',
  message: '{{operation}}: the {{in}} parameter {{parameter}} raised its maximum number of items from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-max-length-increased',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'max-length-increased',
  description: 'The maximum length of a request parameter was raised (or removed).',
  message: '{{operation}}: the {{in}} parameter {{parameter}} raised its maximum length from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-allow-empty-value-added',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'allow-empty-value-added',
  description: 'A request parameter now allows an empty value.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} now accepts an empty value.',
  why: 'The server accepts more than before; existing requests are unaffected.',
  fix: 'Nothing to do.',
  noMirror: '`allowEmptyValue` exists only for query parameters; response headers have no such flag.',
});

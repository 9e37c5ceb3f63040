import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-allow-reserved-added',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'allow-reserved-added',
  description: 'A request parameter now allows reserved characters unencoded.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} now accepts reserved characters unencoded.',
  why: 'The server accepts both encoded and unencoded reserved characters; clients that percent-encode keep working.',
  fix: 'Nothing to do.',
  noMirror: '`allowReserved` exists only for query parameters; response headers have no such flag.',
});

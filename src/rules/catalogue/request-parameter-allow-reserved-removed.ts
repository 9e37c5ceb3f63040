import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-allow-reserved-removed',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'allow-reserved-removed',
  description: 'A request parameter no longer allows reserved characters unencoded.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} no longer accepts reserved characters unencoded; clients sending `/`, `?` or `&` as is are misread.',
  why: 'Clients that relied on sending reserved characters unencoded now send values the server splits or rejects.',
  fix: 'Keep `allowReserved: true`.',
  noMirror: '`allowReserved` exists only for query parameters; response headers have no such flag.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-allow-empty-value-removed',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'allow-empty-value-removed',
  description: 'A request parameter no longer allows an empty value.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} no longer accepts an empty value; clients sending `?{{parameter}}=` are rejected.',
  why: 'Clients that send the parameter empty, as a flag, are rejected.',
  fix: 'Keep allowing the empty value.',
  noMirror: '`allowEmptyValue` exists only for query parameters; response headers have no such flag.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-enum-removed',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'enum-removed',
  description: 'A request parameter is no longer restricted to enum values.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} is no longer restricted to an enum.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

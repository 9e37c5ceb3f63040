import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-const-removed',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'const-removed',
  description: 'A request parameter is no longer fixed to a constant value.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} is no longer fixed to the constant {{from}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

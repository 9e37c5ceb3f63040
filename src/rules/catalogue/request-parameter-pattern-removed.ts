import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-pattern-removed',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'pattern-removed',
  description: 'A request parameter lost its `pattern`.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} lost its pattern {{from}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

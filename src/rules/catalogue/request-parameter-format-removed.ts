import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-format-removed',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'format-removed',
  description: 'A request parameter lost its `format`.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} lost its format {{from}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

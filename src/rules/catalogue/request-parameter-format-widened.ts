import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-format-widened',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'format-changed',
  when: (c) => c.context.relation === 'widened',
  description: 'The `format` of a request parameter was widened (e.g. int32 to int64).',
  message: '{{operation}}: the {{in}} parameter {{parameter}} widened its format from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-format-changed',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'format-changed',
  when: (c) => c.context.relation === 'changed',
  description: 'The `format` of a request parameter changed to an unrelated format.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} changed its format from {{from}} to {{to}}.',
  why: 'Values in the old format are rejected.',
  fix: 'Keep the format; accept the new one in a new field or parameter.',
});

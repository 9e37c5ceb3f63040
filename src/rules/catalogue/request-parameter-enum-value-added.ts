import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-enum-value-added',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'enum-value-added',
  description: 'A request parameter admits a new enum value.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} has a new enum value {{value}}.',
  why: 'Existing clients never send the new value; the server accepts more than before.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-format-added',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'format-added',
  description: 'A request parameter gained a `format`.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} gained the format {{to}}.',
  why: 'Values that do not match the format, accepted before, are now rejected.',
  fix: 'Accept the old values; add the format only where it was always enforced.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-deprecated',
  class: 'deprecation',
  subject: 'request-parameter',
  kind: 'deprecated',
  description: 'A request parameter was deprecated.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} was deprecated.',
  why: 'Clients keep working but should stop sending it.',
  fix: 'Give it an `x-sunset` date.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-const-added',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'const-added',
  description: 'A request parameter was fixed to a single constant value.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} was fixed to the constant {{to}}.',
  why: 'Clients that send any other value are rejected.',
  fix: 'Keep accepting other values.',
});

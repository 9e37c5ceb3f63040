import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-type-changed',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'type-changed',
  description: 'The parameter: type changed to an unrelated type.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} changed type from {{from}} to {{to}}.',
  why: 'Values clients send in the old type are rejected.',
  fix: 'Keep the type; add a new field for the new type.',
});

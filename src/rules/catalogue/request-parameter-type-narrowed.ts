import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-type-narrowed',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'type-narrowed',
  description: 'The parameter: type now admits fewer values.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} narrowed its type from {{from}} to {{to}}.',
  why: 'Values clients send that are outside the new type are rejected.',
  fix: 'Keep accepting the old type.',
});

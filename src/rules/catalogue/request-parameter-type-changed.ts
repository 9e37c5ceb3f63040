import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-type-changed',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'type-changed',
  description: 'The type of a request parameter changed to an unrelated type.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} changed its type from {{from}} to {{to}}.',
  why: 'Values clients send in the old type are rejected.',
  fix: 'Keep the type; accept the new type in a new field or parameter.',
});

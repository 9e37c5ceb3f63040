import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-type-changed',
  class: 'breaking',
  subject: 'request-property',
  kind: 'type-changed',
  description: 'The request property: type changed to an unrelated type.',
  message: '{{operation}}: the request property {{property}} changed type from {{from}} to {{to}}.',
  why: 'Values clients send in the old type are rejected.',
  fix: 'Keep the type; add a new field for the new type.',
});

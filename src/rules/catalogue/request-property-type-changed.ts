import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-type-changed',
  class: 'breaking',
  subject: 'request-property',
  kind: 'type-changed',
  description: 'The type of a request property changed to an unrelated type.',
  message: '{{operation}}: the request property {{property}} changed its type from {{from}} to {{to}}.',
  why: 'Values clients send in the old type are rejected.',
  fix: 'Keep the type; accept the new type in a new field or parameter.',
});

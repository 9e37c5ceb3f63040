import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-type-changed',
  class: 'breaking',
  subject: 'request-body',
  kind: 'type-changed',
  description: 'The type of a request body changed to an unrelated type.',
  message: '{{operation}}: the request body changed its type from {{from}} to {{to}}.',
  why: 'Values clients send in the old type are rejected.',
  fix: 'Keep the type; accept the new type in a new field or parameter.',
});

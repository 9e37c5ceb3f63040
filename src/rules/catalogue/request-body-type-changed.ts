import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-type-changed',
  class: 'breaking',
  subject: 'request-body',
  kind: 'type-changed',
  description: 'The request body: type changed to an unrelated type.',
  message: '{{operation}}: the request body changed type from {{from}} to {{to}}.',
  why: 'Values clients send in the old type are rejected.',
  fix: 'Keep the type; add a new field for the new type.',
});

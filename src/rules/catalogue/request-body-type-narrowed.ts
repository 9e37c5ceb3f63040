import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-type-narrowed',
  class: 'breaking',
  subject: 'request-body',
  kind: 'type-narrowed',
  description: 'The request body: type now admits fewer values.',
  message: '{{operation}}: the request body narrowed its type from {{from}} to {{to}}.',
  why: 'Values clients send that are outside the new type are rejected.',
  fix: 'Keep accepting the old type.',
});

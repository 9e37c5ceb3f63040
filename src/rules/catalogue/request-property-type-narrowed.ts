import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-type-narrowed',
  class: 'breaking',
  subject: 'request-property',
  kind: 'type-narrowed',
  description: 'The request property: type now admits fewer values.',
  message: '{{operation}}: the request property {{property}} narrowed its type from {{from}} to {{to}}.',
  why: 'Values clients send that are outside the new type are rejected.',
  fix: 'Keep accepting the old type.',
});

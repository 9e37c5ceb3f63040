import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-deprecated',
  class: 'deprecation',
  subject: 'request-property',
  kind: 'property-deprecated',
  description: 'A request property was deprecated.',
  message: '{{operation}}: the request property {{property}} was deprecated.',
  why: 'Clients should stop sending it before its sunset; nothing breaks yet.',
  fix: 'Give it an `x-sunset` date and tell clients what to send instead.',
});

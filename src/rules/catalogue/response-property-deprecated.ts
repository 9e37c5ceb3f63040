import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-deprecated',
  class: 'deprecation',
  subject: 'response-property',
  kind: 'property-deprecated',
  description: 'A response property was deprecated.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) was deprecated.',
  why: 'Clients should stop reading it before its sunset; nothing breaks yet.',
  fix: 'Give it an `x-sunset` date and tell clients what to read instead.',
});

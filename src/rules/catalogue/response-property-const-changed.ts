import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-const-changed',
  class: 'breaking',
  subject: 'response-property',
  kind: 'const-changed',
  description: 'The constant value of a response property changed.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) changed its constant from {{from}} to {{to}}.',
  why: 'Clients that compare with the old constant fail on the new one.',
  fix: 'Keep the constant; return the new value in a new field.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-const-changed',
  class: 'breaking',
  subject: 'response-body',
  kind: 'const-changed',
  description: 'The constant value of a response body changed.',
  message: '{{operation}}: the response body (status {{status}}) changed its constant from {{from}} to {{to}}.',
  why: 'Clients that compare with the old constant fail on the new one.',
  fix: 'Keep the constant; return the new value in a new field.',
});

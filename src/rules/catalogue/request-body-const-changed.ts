import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-const-changed',
  class: 'breaking',
  subject: 'request-body',
  kind: 'const-changed',
  description: 'The constant value of a request body changed.',
  message: '{{operation}}: the request body changed its constant from {{from}} to {{to}}.',
  why: 'Clients keep sending the old constant and are rejected.',
  fix: 'Accept both values for a while, e.g. with an enum.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-const-changed',
  class: 'breaking',
  subject: 'request-property',
  kind: 'const-changed',
  description: 'The constant value of a request property changed.',
  message: '{{operation}}: the request property {{property}} changed its constant from {{from}} to {{to}}.',
  why: 'Clients keep sending the old constant and are rejected.',
  fix: 'Accept both values for a while, e.g. with an enum.',
});

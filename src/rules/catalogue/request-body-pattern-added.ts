import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-pattern-added',
  class: 'breaking',
  subject: 'request-body',
  kind: 'pattern-added',
  description: 'A request body gained a `pattern`.',
  message: '{{operation}}: the request body gained the pattern {{to}}.',
  why: 'Clients that send values not matching the pattern are rejected.',
  fix: 'Accept the old values; validate softly.',
});

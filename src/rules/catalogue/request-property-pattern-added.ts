import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-pattern-added',
  class: 'breaking',
  subject: 'request-property',
  kind: 'pattern-added',
  description: 'A request property gained a `pattern`.',
  message: '{{operation}}: the request property {{property}} gained the pattern {{to}}.',
  why: 'Clients that send values not matching the pattern are rejected.',
  fix: 'Accept the old values; validate softly.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-pattern-added',
  class: 'additive',
  subject: 'response-property',
  kind: 'pattern-added',
  description: 'A response property gained a `pattern`.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) gained the pattern {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

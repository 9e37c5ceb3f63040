import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-pattern-added',
  class: 'additive',
  subject: 'response-body',
  kind: 'pattern-added',
  description: 'A response body gained a `pattern`.',
  message: '{{operation}}: the response body (status {{status}}) gained the pattern {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

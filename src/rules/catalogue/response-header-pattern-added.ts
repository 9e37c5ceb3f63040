import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-pattern-added',
  class: 'additive',
  subject: 'response-header',
  kind: 'pattern-added',
  description: 'A response header gained a `pattern`.',
  message: '{{operation}}: the response header {{header}} (status {{status}}) gained the pattern {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

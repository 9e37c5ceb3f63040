import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-const-added',
  class: 'additive',
  subject: 'response-header',
  kind: 'const-added',
  description: 'A response header was fixed to a single constant value.',
  message: '{{operation}}: the response header {{header}} (status {{status}}) was fixed to the constant {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

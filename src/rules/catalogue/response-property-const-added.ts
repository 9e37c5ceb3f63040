import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-const-added',
  class: 'additive',
  subject: 'response-property',
  kind: 'const-added',
  description: 'A response property was fixed to a single constant value.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) was fixed to the constant {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

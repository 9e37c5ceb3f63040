import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-const-added',
  class: 'additive',
  subject: 'response-body',
  kind: 'const-added',
  description: 'A response body was fixed to a single constant value.',
  message: '{{operation}}: the response body (status {{status}}) was fixed to the constant {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

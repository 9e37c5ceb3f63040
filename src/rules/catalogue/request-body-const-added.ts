import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-const-added',
  class: 'breaking',
  subject: 'request-body',
  kind: 'const-added',
  description: 'A request body was fixed to a single constant value.',
  message: '{{operation}}: the request body was fixed to the constant {{to}}.',
  why: 'Clients that send any other value are rejected.',
  fix: 'Keep accepting other values.',
});

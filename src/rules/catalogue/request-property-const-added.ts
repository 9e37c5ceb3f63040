import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-const-added',
  class: 'breaking',
  subject: 'request-property',
  kind: 'const-added',
  description: 'A request property was fixed to a single constant value.',
  message: '{{operation}}: the request property {{property}} was fixed to the constant {{to}}.',
  why: 'Clients that send any other value are rejected.',
  fix: 'Keep accepting other values.',
});

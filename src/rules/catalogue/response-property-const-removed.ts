import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-const-removed',
  class: 'breaking',
  subject: 'response-property',
  kind: 'const-removed',
  description: 'A response property is no longer fixed to a constant value.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) is no longer fixed to the constant {{from}}.',
  why: 'Clients that rely on the fixed value receive other values.',
  fix: 'Keep the constant; return other values in a new field.',
});

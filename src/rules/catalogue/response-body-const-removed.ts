import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-const-removed',
  class: 'breaking',
  subject: 'response-body',
  kind: 'const-removed',
  description: 'A response body is no longer fixed to a constant value.',
  message: '{{operation}}: the response body (status {{status}}) is no longer fixed to the constant {{from}}.',
  why: 'Clients that rely on the fixed value receive other values.',
  fix: 'Keep the constant; return other values in a new field.',
});

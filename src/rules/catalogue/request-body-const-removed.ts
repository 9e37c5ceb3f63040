import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-const-removed',
  class: 'additive',
  subject: 'request-body',
  kind: 'const-removed',
  description: 'A request body is no longer fixed to a constant value.',
  message: '{{operation}}: the request body is no longer fixed to the constant {{from}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-const-removed',
  class: 'additive',
  subject: 'request-property',
  kind: 'const-removed',
  description: 'A request property is no longer fixed to a constant value.',
  message: '{{operation}}: the request property {{property}} is no longer fixed to the constant {{from}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

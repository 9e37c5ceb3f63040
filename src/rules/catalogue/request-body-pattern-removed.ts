import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-pattern-removed',
  class: 'additive',
  subject: 'request-body',
  kind: 'pattern-removed',
  description: 'A request body lost its `pattern`.',
  message: '{{operation}}: the request body lost its pattern {{from}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

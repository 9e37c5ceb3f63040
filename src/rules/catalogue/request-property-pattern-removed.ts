import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-pattern-removed',
  class: 'additive',
  subject: 'request-property',
  kind: 'pattern-removed',
  description: 'A request property lost its `pattern`.',
  message: '{{operation}}: the request property {{property}} lost its pattern {{from}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-format-removed',
  class: 'additive',
  subject: 'request-property',
  kind: 'format-removed',
  description: 'A request property lost its `format`.',
  message: '{{operation}}: the request property {{property}} lost its format {{from}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

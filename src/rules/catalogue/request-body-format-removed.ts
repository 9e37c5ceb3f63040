import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-format-removed',
  class: 'additive',
  subject: 'request-body',
  kind: 'format-removed',
  description: 'A request body lost its `format`.',
  message: '{{operation}}: the request body lost its format {{from}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

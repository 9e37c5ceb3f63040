import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-enum-removed',
  class: 'additive',
  subject: 'request-body',
  kind: 'enum-removed',
  description: 'A request body is no longer restricted to enum values.',
  message: '{{operation}}: the request body is no longer restricted to an enum.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

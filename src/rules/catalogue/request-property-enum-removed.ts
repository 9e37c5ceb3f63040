import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-enum-removed',
  class: 'additive',
  subject: 'request-property',
  kind: 'enum-removed',
  description: 'A request property is no longer restricted to enum values.',
  message: '{{operation}}: the request property {{property}} is no longer restricted to an enum.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

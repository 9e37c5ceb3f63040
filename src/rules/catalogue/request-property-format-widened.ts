import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-format-widened',
  class: 'additive',
  subject: 'request-property',
  kind: 'format-changed',
  when: (c) => c.context.relation === 'widened',
  description: 'The `format` of a request property was widened (e.g. int32 to int64).',
  message: '{{operation}}: the request property {{property}} widened its format from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

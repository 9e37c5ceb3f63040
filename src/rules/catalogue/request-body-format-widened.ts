import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-format-widened',
  class: 'additive',
  subject: 'request-body',
  kind: 'format-changed',
  when: (c) => c.context.relation === 'widened',
  description: 'The `format` of a request body was widened (e.g. int32 to int64).',
  message: '{{operation}}: the request body widened its format from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-format-narrowed',
  class: 'breaking',
  subject: 'request-body',
  kind: 'format-changed',
  when: (c) => c.context.relation === 'narrowed',
  description: 'The `format` of a request body was narrowed (e.g. int64 to int32).',
  message: '{{operation}}: the request body narrowed its format from {{from}} to {{to}}.',
  why: 'Clients that send values outside the narrower format are rejected.',
  fix: 'Keep accepting the wider format.',
});

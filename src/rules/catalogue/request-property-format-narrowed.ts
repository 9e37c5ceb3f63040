import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-format-narrowed',
  class: 'breaking',
  subject: 'request-property',
  kind: 'format-changed',
  when: (c) => c.context.relation === 'narrowed',
  description: 'The `format` of a request property was narrowed (e.g. int64 to int32).',
  message: '{{operation}}: the request property {{property}} narrowed its format from {{from}} to {{to}}.',
  why: 'Clients that send values outside the narrower format are rejected.',
  fix: 'Keep accepting the wider format.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-format-changed',
  class: 'breaking',
  subject: 'request-body',
  kind: 'format-changed',
  when: (c) => c.context.relation === 'changed',
  description: 'The `format` of a request body changed to an unrelated format.',
  message: '{{operation}}: the request body changed its format from {{from}} to {{to}}.',
  why: 'Values in the old format are rejected.',
  fix: 'Keep the format; accept the new one in a new field or parameter.',
});

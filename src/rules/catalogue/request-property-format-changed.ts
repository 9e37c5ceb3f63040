import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-format-changed',
  class: 'breaking',
  subject: 'request-property',
  kind: 'format-changed',
  when: (c) => c.context.relation === 'changed',
  description: 'The `format` of a request property changed to an unrelated format.',
  message: '{{operation}}: the request property {{property}} changed its format from {{from}} to {{to}}.',
  why: 'Values in the old format are rejected.',
  fix: 'Keep the format; accept the new one in a new field or parameter.',
});

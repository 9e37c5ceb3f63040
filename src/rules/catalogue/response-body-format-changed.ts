import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-format-changed',
  class: 'breaking',
  subject: 'response-body',
  kind: 'format-changed',
  when: (c) => c.context.relation === 'changed',
  description: 'The `format` of a response body changed to an unrelated format.',
  message: '{{operation}}: the response body (status {{status}}) changed its format from {{from}} to {{to}}.',
  why: 'Clients parse the old format and fail on the new one.',
  fix: 'Keep the format; return the new one in a new field.',
});

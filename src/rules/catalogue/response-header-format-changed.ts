import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-format-changed',
  class: 'breaking',
  subject: 'response-header',
  kind: 'format-changed',
  when: (c) => c.context.relation === 'changed',
  description: 'The `format` of a response header changed to an unrelated format.',
  message: '{{operation}}: the response header {{header}} (status {{status}}) changed its format from {{from}} to {{to}}.',
  why: 'Clients parse the old format and fail on the new one.',
  fix: 'Keep the format; return the new one in a new field.',
});

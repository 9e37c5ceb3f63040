import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-format-changed',
  class: 'breaking',
  subject: 'response-property',
  kind: 'format-changed',
  when: (c) => c.context.relation === 'changed',
  description: 'The `format` of a response property changed to an unrelated format.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) changed its format from {{from}} to {{to}}.',
  why: 'Clients parse the old format and fail on the new one.',
  fix: 'Keep the format; return the new one in a new field.',
});

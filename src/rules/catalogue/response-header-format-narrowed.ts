import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-format-narrowed',
  class: 'additive',
  subject: 'response-header',
  kind: 'format-changed',
  when: (c) => c.context.relation === 'narrowed',
  description: 'The `format` of a response header was narrowed (e.g. int64 to int32).',
  message: '{{operation}}: the response header {{header}} (status {{status}}) narrowed its format from {{from}} to {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

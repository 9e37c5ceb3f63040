import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-format-narrowed',
  class: 'additive',
  subject: 'response-property',
  kind: 'format-changed',
  when: (c) => c.context.relation === 'narrowed',
  description: 'The `format` of a response property was narrowed (e.g. int64 to int32).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) narrowed its format from {{from}} to {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

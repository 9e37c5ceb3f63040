import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-format-narrowed',
  class: 'additive',
  subject: 'response-body',
  kind: 'format-changed',
  when: (c) => c.context.relation === 'narrowed',
  description: 'The `format` of a response body was narrowed (e.g. int64 to int32).',
  message: '{{operation}}: the response body (status {{status}}) narrowed its format from {{from}} to {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

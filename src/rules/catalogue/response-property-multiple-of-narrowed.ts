import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-multiple-of-narrowed',
  class: 'additive',
  subject: 'response-property',
  kind: 'multiple-of-changed',
  when: (c) => c.context.relation === 'narrowed',
  description: 'The `multipleOf` of a response property became stricter (or was set).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) must now be a multiple of {{to}} (was {{from}}).',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-multiple-of-changed',
  class: 'breaking',
  subject: 'response-property',
  kind: 'multiple-of-changed',
  when: (c) => c.context.relation === 'changed',
  description: 'The `multipleOf` of a response property changed to an unrelated step.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) must now be a multiple of {{to}} (was {{from}}).',
  why: 'Clients that rely on the old step receive values off that step.',
  fix: 'Keep the old step in responses.',
});

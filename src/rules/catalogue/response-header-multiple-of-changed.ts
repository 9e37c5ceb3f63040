import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-multiple-of-changed',
  class: 'breaking',
  subject: 'response-header',
  kind: 'multiple-of-changed',
  when: (c) => c.context.relation === 'changed',
  description: 'The `multipleOf` of a response header changed to an unrelated step.',
  message: '{{operation}}: the response header {{header}} (status {{status}}) must now be a multiple of {{to}} (was {{from}}).',
  why: 'Clients that rely on the old step receive values off that step.',
  fix: 'Keep the old step in responses.',
});

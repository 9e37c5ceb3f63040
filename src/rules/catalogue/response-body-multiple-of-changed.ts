import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-multiple-of-changed',
  class: 'breaking',
  subject: 'response-body',
  kind: 'multiple-of-changed',
  when: (c) => c.context.relation === 'changed',
  description: 'The `multipleOf` of a response body changed to an unrelated step.',
  message: '{{operation}}: the response body (status {{status}}) must now be a multiple of {{to}} (was {{from}}).',
  why: 'Clients that rely on the old step receive values off that step.',
  fix: 'Keep the old step in responses.',
});

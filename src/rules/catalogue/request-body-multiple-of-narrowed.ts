import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-multiple-of-narrowed',
  class: 'breaking',
  subject: 'request-body',
  kind: 'multiple-of-changed',
  when: (c) => c.context.relation === 'narrowed',
  description: 'The `multipleOf` of a request body became stricter (or was set).',
  message: '{{operation}}: the request body must now be a multiple of {{to}} (was {{from}}).',
  why: 'Clients that send values that are no multiple of the new step are rejected.',
  fix: 'Keep the old step.',
});

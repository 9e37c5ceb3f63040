import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-multiple-of-narrowed',
  class: 'breaking',
  subject: 'request-property',
  kind: 'multiple-of-changed',
  when: (c) => c.context.relation === 'narrowed',
  description: 'The `multipleOf` of a request property became stricter (or was set).',
  message: '{{operation}}: the request property {{property}} must now be a multiple of {{to}} (was {{from}}).',
  why: 'Clients that send values that are no multiple of the new step are rejected.',
  fix: 'Keep the old step.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-multiple-of-changed',
  class: 'breaking',
  subject: 'request-property',
  kind: 'multiple-of-changed',
  when: (c) => c.context.relation === 'changed',
  description: 'The `multipleOf` of a request property changed to an unrelated step.',
  message: '{{operation}}: the request property {{property}} must now be a multiple of {{to}} (was {{from}}).',
  why: 'Some values clients sent before are rejected.',
  fix: 'Keep the old step.',
});

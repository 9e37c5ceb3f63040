import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-multiple-of-changed',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'multiple-of-changed',
  when: (c) => c.context.relation === 'changed',
  description: 'The `multipleOf` of a request parameter changed to an unrelated step.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} must now be a multiple of {{to}} (was {{from}}).',
  why: 'Some values clients sent before are rejected.',
  fix: 'Keep the old step.',
});

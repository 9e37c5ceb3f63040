import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-multiple-of-widened',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'multiple-of-changed',
  when: (c) => c.context.relation === 'widened',
  description: 'The `multipleOf` of a request parameter became looser (or was removed).',
  message: '{{operation}}: the {{in}} parameter {{parameter}} must now be a multiple of {{to}} (was {{from}}).',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

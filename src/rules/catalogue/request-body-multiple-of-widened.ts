import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-multiple-of-widened',
  class: 'additive',
  subject: 'request-body',
  kind: 'multiple-of-changed',
  when: (c) => c.context.relation === 'widened',
  description: 'The `multipleOf` of a request body became looser (or was removed).',
  message: '{{operation}}: the request body must now be a multiple of {{to}} (was {{from}}).',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

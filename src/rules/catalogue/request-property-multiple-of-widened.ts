import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-multiple-of-widened',
  class: 'additive',
  subject: 'request-property',
  kind: 'multiple-of-changed',
  when: (c) => c.context.relation === 'widened',
  description: 'The `multipleOf` of a request property became looser (or was removed).',
  message: '{{operation}}: the request property {{property}} must now be a multiple of {{to}} (was {{from}}).',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

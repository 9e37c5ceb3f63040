import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-min-decreased',
  class: 'additive',
  subject: 'request-body',
  kind: 'min-decreased',
  description: 'The minimum of a request body was lowered (or removed).',
  message: '{{operation}}: the request body lowered its minimum from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

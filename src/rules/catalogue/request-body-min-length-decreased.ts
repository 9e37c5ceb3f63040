import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-min-length-decreased',
  class: 'additive',
  subject: 'request-body',
  kind: 'min-length-decreased',
  description: 'The minimum length of a request body was lowered (or removed).',
  message: '{{operation}}: the request body lowered its minimum length from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

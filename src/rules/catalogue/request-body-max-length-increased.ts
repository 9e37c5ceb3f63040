import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-max-length-increased',
  class: 'additive',
  subject: 'request-body',
  kind: 'max-length-increased',
  description: 'The maximum length of a request body was raised (or removed).',
  message: '{{operation}}: the request body raised its maximum length from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

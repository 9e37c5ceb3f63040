import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-max-increased',
  class: 'additive',
  subject: 'request-body',
  kind: 'max-increased',
  description: 'The maximum of a request body was raised (or removed).',
  message: '{{operation}}: the request body raised its maximum from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

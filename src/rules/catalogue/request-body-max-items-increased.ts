import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-max-items-increased',
  class: 'additive',
  subject: 'request-body',
  kind: 'max-items-increased',
  description: 'The maximum number of items of a request body was raised (or removed).',
  message: '{{operation}}: the request body raised its maximum number of items from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

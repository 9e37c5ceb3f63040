import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-min-items-decreased',
  class: 'additive',
  subject: 'request-body',
  kind: 'min-items-decreased',
  description: 'The minimum number of items of a request body was lowered (or removed).',
  message: '{{operation}}: the request body lowered its minimum number of items from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

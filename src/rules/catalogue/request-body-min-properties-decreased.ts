import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-min-properties-decreased',
  class: 'additive',
  subject: 'request-body',
  kind: 'min-properties-decreased',
  description: 'The minimum number of properties of a request body was lowered (or removed).',
  message: '{{operation}}: the request body lowered its minimum number of properties from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

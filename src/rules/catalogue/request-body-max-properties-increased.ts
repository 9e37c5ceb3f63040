import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-max-properties-increased',
  class: 'additive',
  subject: 'request-body',
  kind: 'max-properties-increased',
  description: 'The maximum number of properties of a request body was raised (or removed).',
  message: '{{operation}}: the request body raised its maximum number of properties from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

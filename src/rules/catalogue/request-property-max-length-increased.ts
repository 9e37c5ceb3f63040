import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-max-length-increased',
  class: 'additive',
  subject: 'request-property',
  kind: 'max-length-increased',
  description: 'The maximum length of a request property was raised (or removed).',
  message: '{{operation}}: the request property {{property}} raised its maximum length from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-max-increased',
  class: 'additive',
  subject: 'request-property',
  kind: 'max-increased',
  description: 'The maximum of a request property was raised (or removed).',
  message: '{{operation}}: the request property {{property}} raised its maximum from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-max-items-increased',
  class: 'additive',
  subject: 'request-property',
  kind: 'max-items-increased',
  description: 'The maximum number of items of a request property was raised (or removed).',
  message: '{{operation}}: the request property {{property}} raised its maximum number of items from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-min-items-decreased',
  class: 'additive',
  subject: 'request-property',
  kind: 'min-items-decreased',
  description: 'The minimum number of items of a request property was lowered (or removed).',
  message: '{{operation}}: the request property {{property}} lowered its minimum number of items from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

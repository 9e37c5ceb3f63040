import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-min-length-decreased',
  class: 'additive',
  subject: 'request-property',
  kind: 'min-length-decreased',
  description: 'The minimum length of a request property was lowered (or removed).',
  message: '{{operation}}: the request property {{property}} lowered its minimum length from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

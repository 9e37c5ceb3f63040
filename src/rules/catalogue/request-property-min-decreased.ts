import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-min-decreased',
  class: 'additive',
  subject: 'request-property',
  kind: 'min-decreased',
  description: 'The minimum of a request property was lowered (or removed).',
  message: '{{operation}}: the request property {{property}} lowered its minimum from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-min-properties-decreased',
  class: 'additive',
  subject: 'request-property',
  kind: 'min-properties-decreased',
  description: 'The minimum number of properties of a request property was lowered (or removed).',
  message: '{{operation}}: the request property {{property}} lowered its minimum number of properties from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

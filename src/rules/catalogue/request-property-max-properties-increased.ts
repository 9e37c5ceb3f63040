import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-max-properties-increased',
  class: 'additive',
  subject: 'request-property',
  kind: 'max-properties-increased',
  description: 'The maximum number of properties of a request property was raised (or removed).',
  message: '{{operation}}: the request property {{property}} raised its maximum number of properties from {{from}} to {{to}}.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

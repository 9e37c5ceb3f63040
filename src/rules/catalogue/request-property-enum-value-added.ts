import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-enum-value-added',
  class: 'additive',
  subject: 'request-property',
  kind: 'enum-value-added',
  description: 'A request property admits a new enum value.',
  message: '{{operation}}: the request property {{property}} has a new enum value {{value}}.',
  why: 'Existing clients never send the new value; the server accepts more than before.',
  fix: 'Nothing to do.',
});

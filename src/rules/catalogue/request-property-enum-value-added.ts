import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-enum-value-added',
  class: 'additive',
  subject: 'request-property',
  kind: 'enum-value-added',
  description: 'The request property: a new enum value.',
  message: '{{operation}}: the request property {{property}} has a new enum value {{value}}.',
  why: 'Existing clients never send the new value.',
  fix: 'Nothing to do.',
});

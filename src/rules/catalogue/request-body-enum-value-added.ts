import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-enum-value-added',
  class: 'additive',
  subject: 'request-body',
  kind: 'enum-value-added',
  description: 'The request body: a new enum value.',
  message: '{{operation}}: the request body has a new enum value {{value}}.',
  why: 'Existing clients never send the new value.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-enum-value-added',
  class: 'additive',
  subject: 'request-body',
  kind: 'enum-value-added',
  description: 'A request body admits a new enum value.',
  message: '{{operation}}: the request body has a new enum value {{value}}.',
  why: 'Existing clients never send the new value; the server accepts more than before.',
  fix: 'Nothing to do.',
});

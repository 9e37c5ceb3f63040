import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-enum-value-removed',
  class: 'additive',
  subject: 'response-body',
  kind: 'enum-value-removed',
  description: 'The response body: an enum value was removed.',
  message: '{{operation}}: the response body (status {{status}}) no longer allows the enum value {{value}}.',
  why: 'Clients never receive the value again.',
  fix: 'Nothing to do.',
});

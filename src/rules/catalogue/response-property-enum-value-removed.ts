import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-enum-value-removed',
  class: 'additive',
  subject: 'response-property',
  kind: 'enum-value-removed',
  description: 'The response property: an enum value was removed.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) no longer allows the enum value {{value}}.',
  why: 'Clients never receive the value again.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-enum-value-removed',
  class: 'additive',
  subject: 'response-header',
  kind: 'enum-value-removed',
  description: 'The response header: an enum value was removed.',
  message: '{{operation}}: the response header {{header}} (status {{status}}) no longer allows the enum value {{value}}.',
  why: 'Clients never receive the value again.',
  fix: 'Nothing to do.',
});

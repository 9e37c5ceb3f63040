import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-enum-value-removed',
  class: 'additive',
  subject: 'response-property',
  kind: 'enum-value-removed',
  description: 'A response property no longer admits one of its enum values.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) no longer allows the enum value {{value}}.',
  why: 'Clients stop receiving a value they already handle (also for an `x-extensible-enum`).',
  fix: 'Nothing to do.',
});

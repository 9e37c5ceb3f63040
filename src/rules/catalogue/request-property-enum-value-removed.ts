import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-enum-value-removed',
  class: 'breaking',
  subject: 'request-property',
  kind: 'enum-value-removed',
  description: 'The request property: an enum value was removed.',
  message: '{{operation}}: the request property {{property}} no longer allows the enum value {{value}}.',
  why: 'Clients sending the value are rejected.',
  fix: 'Keep accepting the value; deprecate it first.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-enum-value-removed',
  class: 'breaking',
  subject: 'request-property',
  kind: 'enum-value-removed',
  description: 'A request property no longer admits one of its enum values.',
  message: '{{operation}}: the request property {{property}} no longer allows the enum value {{value}}.',
  why: 'Clients that send the value are rejected.',
  fix: 'Keep accepting the value; deprecate it in the description first.',
});

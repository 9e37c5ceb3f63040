import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-enum-value-removed',
  class: 'breaking',
  subject: 'request-body',
  kind: 'enum-value-removed',
  description: 'A request body no longer admits one of its enum values.',
  message: '{{operation}}: the request body no longer allows the enum value {{value}}.',
  why: 'Clients that send the value are rejected.',
  fix: 'Keep accepting the value; deprecate it in the description first.',
});

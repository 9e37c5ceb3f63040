import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-enum-value-removed',
  class: 'breaking',
  subject: 'request-body',
  kind: 'enum-value-removed',
  description: 'The request body: an enum value was removed.',
  message: '{{operation}}: the request body no longer allows the enum value {{value}}.',
  why: 'Clients sending the value are rejected.',
  fix: 'Keep accepting the value; deprecate it first.',
});

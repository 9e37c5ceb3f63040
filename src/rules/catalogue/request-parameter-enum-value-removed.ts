import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-enum-value-removed',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'enum-value-removed',
  description: 'A request parameter no longer admits one of its enum values.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} no longer allows the enum value {{value}}.',
  why: 'Clients that send the value are rejected.',
  fix: 'Keep accepting the value; deprecate it in the description first.',
});

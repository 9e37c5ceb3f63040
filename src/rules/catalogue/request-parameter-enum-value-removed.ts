import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-enum-value-removed',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'enum-value-removed',
  description: 'The parameter: an enum value was removed.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} no longer allows the enum value {{value}}.',
  why: 'Clients sending the value are rejected.',
  fix: 'Keep accepting the value; deprecate it first.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-became-enum',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'became-enum',
  description: 'A request parameter was restricted to a list of enum values.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} was restricted to the enum values {{values}}.',
  why: 'Clients that send any value outside the list are rejected.',
  fix: 'Keep accepting the old range; document the preferred values instead.',
});

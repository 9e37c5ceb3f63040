import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-became-nullable',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'became-nullable',
  description: 'A request parameter now admits null.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} became nullable.',
  why: 'Clients that never send null keep working.',
  fix: 'Nothing to do.',
});

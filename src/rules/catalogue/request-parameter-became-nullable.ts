import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-became-nullable',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'became-nullable',
  description: 'The parameter: now admits null.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} became nullable.',
  why: 'The server accepts null besides what it accepted.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-became-optional',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'became-optional',
  description: 'A required request parameter became optional.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} became optional.',
  why: 'Clients that send it keep working.',
  fix: 'Nothing to do.',
});

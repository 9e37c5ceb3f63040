import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-became-not-nullable',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'became-not-nullable',
  description: 'A request parameter no longer admits null.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} is no longer nullable.',
  why: 'Clients that send null are rejected.',
  fix: 'Keep accepting null and treat it as absent.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-became-required',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'became-required',
  description: 'An optional request parameter became required.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} became required; clients that omit it are rejected.',
  why: 'Clients that never sent the parameter now fail.',
  fix: 'Keep it optional and apply a default on the server.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-unique-items-added',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'unique-items-added',
  description: 'The items of a request parameter must now be unique.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} now requires unique items.',
  why: 'Clients that send duplicates are rejected.',
  fix: 'Keep accepting duplicates and drop them on the server.',
});

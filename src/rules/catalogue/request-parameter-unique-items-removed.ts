import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-unique-items-removed',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'unique-items-removed',
  description: 'The items of a request parameter no longer have to be unique.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} no longer requires unique items.',
  why: 'The server accepts everything clients sent before.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-reactivated',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'reactivated',
  description: 'A deprecated request parameter is no longer deprecated.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} is no longer deprecated.',
  why: 'Clients may keep sending it.',
  fix: 'Nothing to do.',
});

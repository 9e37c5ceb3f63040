import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-type-narrowed',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'type-narrowed',
  description: 'The type of a request parameter was narrowed to admit fewer values (e.g. number to integer).',
  message: '{{operation}}: the {{in}} parameter {{parameter}} narrowed its type from {{from}} to {{to}}.',
  why: 'Clients that send values of the dropped type are rejected.',
  fix: 'Keep accepting the old type.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-type-narrowed',
  class: 'breaking',
  subject: 'request-property',
  kind: 'type-narrowed',
  description: 'The type of a request property was narrowed to admit fewer values (e.g. number to integer).',
  message: '{{operation}}: the request property {{property}} narrowed its type from {{from}} to {{to}}.',
  why: 'Clients that send values of the dropped type are rejected.',
  fix: 'Keep accepting the old type.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-type-narrowed',
  class: 'breaking',
  subject: 'request-body',
  kind: 'type-narrowed',
  description: 'The type of a request body was narrowed to admit fewer values (e.g. number to integer).',
  message: '{{operation}}: the request body narrowed its type from {{from}} to {{to}}.',
  why: 'Clients that send values of the dropped type are rejected.',
  fix: 'Keep accepting the old type.',
});

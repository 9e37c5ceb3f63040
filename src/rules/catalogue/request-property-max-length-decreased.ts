import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-max-length-decreased',
  class: 'breaking',
  subject: 'request-property',
  kind: 'max-length-decreased',
  description: 'The maximum length of a request property was lowered (or set).',
  message: '{{operation}}: the request property {{property}} lowered its maximum length from {{from}} to {{to}}.',
  why: 'Clients that send longer strings are rejected.',
  fix: 'Keep the old maximum length.',
});

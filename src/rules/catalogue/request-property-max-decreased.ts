import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-max-decreased',
  class: 'breaking',
  subject: 'request-property',
  kind: 'max-decreased',
  description: 'The maximum of a request property was lowered (or set).',
  message: '{{operation}}: the request property {{property}} lowered its maximum from {{from}} to {{to}}.',
  why: 'Clients that send values above the new maximum are rejected.',
  fix: 'Keep the old maximum.',
});

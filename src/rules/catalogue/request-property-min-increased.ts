import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-min-increased',
  class: 'breaking',
  subject: 'request-property',
  kind: 'min-increased',
  description: 'The minimum of a request property was raised (or set).',
  message: '{{operation}}: the request property {{property}} raised its minimum from {{from}} to {{to}}.',
  why: 'Clients that send values below the new minimum are rejected.',
  fix: 'Keep the old minimum.',
});

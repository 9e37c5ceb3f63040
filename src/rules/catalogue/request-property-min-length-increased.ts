import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-min-length-increased',
  class: 'breaking',
  subject: 'request-property',
  kind: 'min-length-increased',
  description: 'The minimum length of a request property was raised (or set).',
  message: '{{operation}}: the request property {{property}} raised its minimum length from {{from}} to {{to}}.',
  why: 'Clients that send shorter strings are rejected.',
  fix: 'Keep the old minimum length.',
});

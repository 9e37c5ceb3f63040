import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-min-properties-increased',
  class: 'breaking',
  subject: 'request-property',
  kind: 'min-properties-increased',
  description: 'The minimum number of properties of a request property was raised (or set).',
  message: '{{operation}}: the request property {{property}} raised its minimum number of properties from {{from}} to {{to}}.',
  why: 'Clients that send fewer properties are rejected.',
  fix: 'Keep the old minimum.',
});

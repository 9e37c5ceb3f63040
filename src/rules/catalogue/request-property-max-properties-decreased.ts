import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-max-properties-decreased',
  class: 'breaking',
  subject: 'request-property',
  kind: 'max-properties-decreased',
  description: 'The maximum number of properties of a request property was lowered (or set).',
  message: '{{operation}}: the request property {{property}} lowered its maximum number of properties from {{from}} to {{to}}.',
  why: 'Clients that send more properties are rejected.',
  fix: 'Keep the old maximum.',
});

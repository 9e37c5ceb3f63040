import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-type-widened',
  class: 'breaking',
  subject: 'response-property',
  kind: 'type-widened',
  description: 'The response property: type now admits more values (e.g. integer to number).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) widened its type from {{from}} to {{to}}.',
  why: 'Clients may receive values of a type they cannot parse.',
  fix: 'Keep the response type as narrow as before.',
});

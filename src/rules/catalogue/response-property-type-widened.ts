import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-type-widened',
  class: 'breaking',
  subject: 'response-property',
  kind: 'type-widened',
  description: 'The type of a response property was widened to admit more values (e.g. integer to number).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) widened its type from {{from}} to {{to}}.',
  why: 'Clients receive values of a type they were not built to parse (a client reading an integer fails on 1.5).',
  fix: 'Keep the response type; return wider values in a new field.',
});

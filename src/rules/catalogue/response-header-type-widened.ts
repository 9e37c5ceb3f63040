import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-type-widened',
  class: 'breaking',
  subject: 'response-header',
  kind: 'type-widened',
  description: 'The response header: type now admits more values (e.g. integer to number).',
  message: '{{operation}}: the response header {{header}} (status {{status}}) widened its type from {{from}} to {{to}}.',
  why: 'Clients may receive values of a type they cannot parse.',
  fix: 'Keep the response type as narrow as before.',
});

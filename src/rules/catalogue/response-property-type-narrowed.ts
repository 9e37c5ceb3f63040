import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-type-narrowed',
  class: 'additive',
  subject: 'response-property',
  kind: 'type-narrowed',
  description: 'The type of a response property was narrowed to admit fewer values (e.g. number to integer).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) narrowed its type from {{from}} to {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

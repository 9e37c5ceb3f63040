import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-type-narrowed',
  class: 'additive',
  subject: 'response-header',
  kind: 'type-narrowed',
  description: 'The type of a response header was narrowed to admit fewer values (e.g. number to integer).',
  message: '{{operation}}: the response header {{header}} (status {{status}}) narrowed its type from {{from}} to {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

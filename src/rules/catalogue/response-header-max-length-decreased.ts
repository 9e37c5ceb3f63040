import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-max-length-decreased',
  class: 'additive',
  subject: 'response-header',
  kind: 'max-length-decreased',
  description: 'The maximum length of a response header was lowered (or set).',
  message: '{{operation}}: the response header {{header}} (status {{status}}) lowered its maximum length from {{from}} to {{to}}.',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

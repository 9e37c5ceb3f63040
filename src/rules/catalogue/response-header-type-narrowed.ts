import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-type-narrowed',
  class: 'additive',
  subject: 'response-header',
  kind: 'type-narrowed',
  description: 'The response header: type now admits fewer values.',
  message: '{{operation}}: the response header {{header}} (status {{status}}) narrowed its type from {{from}} to {{to}}.',
  why: 'Clients receive a subset of what they already handle.',
  fix: 'Nothing to do.',
});

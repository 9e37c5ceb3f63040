import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-type-narrowed',
  class: 'additive',
  subject: 'response-body',
  kind: 'type-narrowed',
  description: 'The response body: type now admits fewer values.',
  message: '{{operation}}: the response body (status {{status}}) narrowed its type from {{from}} to {{to}}.',
  why: 'Clients receive a subset of what they already handle.',
  fix: 'Nothing to do.',
});

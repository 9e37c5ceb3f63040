import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-type-narrowed',
  class: 'additive',
  subject: 'response-property',
  kind: 'type-narrowed',
  description: 'The response property: type now admits fewer values.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) narrowed its type from {{from}} to {{to}}.',
  why: 'Clients receive a subset of what they already handle.',
  fix: 'Nothing to do.',
});

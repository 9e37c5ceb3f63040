import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-type-changed',
  class: 'breaking',
  subject: 'response-property',
  kind: 'type-changed',
  description: 'The type of a response property changed to an unrelated type.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) changed its type from {{from}} to {{to}}.',
  why: 'Clients parse the old type and fail on values of the new one.',
  fix: 'Keep the type; return the new type in a new field.',
});

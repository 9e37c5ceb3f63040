import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-type-changed',
  class: 'breaking',
  subject: 'response-property',
  kind: 'type-changed',
  description: 'The response property: type changed to an unrelated type.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) changed type from {{from}} to {{to}}.',
  why: 'Clients parse values of the old type and fail on the new one.',
  fix: 'Keep the type; add a new field for the new type.',
});

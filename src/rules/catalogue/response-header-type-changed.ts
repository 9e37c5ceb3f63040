import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-type-changed',
  class: 'breaking',
  subject: 'response-header',
  kind: 'type-changed',
  description: 'The response header: type changed to an unrelated type.',
  message: '{{operation}}: the response header {{header}} (status {{status}}) changed type from {{from}} to {{to}}.',
  why: 'Clients parse values of the old type and fail on the new one.',
  fix: 'Keep the type; add a new field for the new type.',
});

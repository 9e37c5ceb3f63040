import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-type-changed',
  class: 'breaking',
  subject: 'response-body',
  kind: 'type-changed',
  description: 'The type of a response body changed to an unrelated type.',
  message: '{{operation}}: the response body (status {{status}}) changed its type from {{from}} to {{to}}.',
  why: 'Clients parse the old type and fail on values of the new one.',
  fix: 'Keep the type; return the new type in a new field.',
});

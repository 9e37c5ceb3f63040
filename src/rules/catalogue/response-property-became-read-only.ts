import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-became-read-only',
  class: 'additive',
  subject: 'response-property',
  kind: 'property-became-read-only',
  description: 'A response property became `readOnly`; responses still carry it.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) became read-only.',
  why: 'Read-only properties stay in responses; clients reading it see no difference.',
  fix: 'Nothing to do.',
});

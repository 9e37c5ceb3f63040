import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-became-not-read-only',
  class: 'additive',
  subject: 'response-property',
  kind: 'property-became-not-read-only',
  description: 'A response property is no longer `readOnly`; responses still carry it.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) is no longer read-only.',
  why: 'Responses are unchanged for clients.',
  fix: 'Nothing to do.',
});

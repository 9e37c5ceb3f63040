import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-became-optional',
  class: 'breaking',
  subject: 'response-property',
  kind: 'property-became-optional',
  description: 'A required response property became optional.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) became optional; clients may now receive responses without it.',
  why: 'Clients read required properties without checking for them.',
  fix: 'Keep it required.',
});

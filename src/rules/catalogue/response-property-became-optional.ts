import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-became-optional',
  class: 'breaking',
  subject: 'response-property',
  kind: 'property-became-optional',
  description: 'A required response property became optional (may be absent).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) became optional.',
  why: 'Clients read required properties without checking for them and fail when it is absent.',
  fix: 'Keep it required.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-became-nullable',
  class: 'breaking',
  subject: 'response-property',
  kind: 'became-nullable',
  description: 'The response property: now admits null.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) became nullable.',
  why: 'Clients that do not expect null fail when they receive it.',
  fix: 'Keep the value non-null in responses; use an absent optional field instead.',
});

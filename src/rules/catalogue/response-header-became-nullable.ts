import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-became-nullable',
  class: 'breaking',
  subject: 'response-header',
  kind: 'became-nullable',
  description: 'The response header: now admits null.',
  message: '{{operation}}: the response header {{header}} (status {{status}}) became nullable.',
  why: 'Clients that do not expect null fail when they receive it.',
  fix: 'Keep the value non-null in responses; use an absent optional field instead.',
});

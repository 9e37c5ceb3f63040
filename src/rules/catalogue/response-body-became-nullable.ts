import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-became-nullable',
  class: 'breaking',
  subject: 'response-body',
  kind: 'became-nullable',
  description: 'The response body: now admits null.',
  message: '{{operation}}: the response body (status {{status}}) became nullable.',
  why: 'Clients that do not expect null fail when they receive it.',
  fix: 'Keep the value non-null in responses; use an absent optional field instead.',
});

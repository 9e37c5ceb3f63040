import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-became-nullable',
  class: 'breaking',
  subject: 'response-body',
  kind: 'became-nullable',
  description: 'A response body now admits null.',
  message: '{{operation}}: the response body (status {{status}}) became nullable.',
  why: 'Clients that do not expect null crash or mis-handle it.',
  fix: 'Keep the value non-null; leave an optional field out instead of sending null.',
});

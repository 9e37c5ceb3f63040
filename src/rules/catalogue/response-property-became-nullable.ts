import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-became-nullable',
  class: 'breaking',
  subject: 'response-property',
  kind: 'became-nullable',
  description: 'A response property now admits null.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) became nullable.',
  why: 'Clients that do not expect null crash or mis-handle it.',
  fix: 'Keep the value non-null; leave an optional field out instead of sending null.',
});

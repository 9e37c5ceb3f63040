import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-became-nullable',
  class: 'breaking',
  subject: 'response-header',
  kind: 'became-nullable',
  description: 'A response header now admits null.',
  message: '{{operation}}: the response header {{header}} (status {{status}}) became nullable.',
  why: 'Clients that do not expect null crash or mis-handle it.',
  fix: 'Keep the value non-null; leave an optional field out instead of sending null.',
});

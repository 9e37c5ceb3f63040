import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-became-nullable',
  class: 'additive',
  subject: 'request-property',
  kind: 'became-nullable',
  description: 'The request property: now admits null.',
  message: '{{operation}}: the request property {{property}} became nullable.',
  why: 'The server accepts null besides what it accepted.',
  fix: 'Nothing to do.',
});

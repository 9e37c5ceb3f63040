import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-became-nullable',
  class: 'additive',
  subject: 'request-body',
  kind: 'became-nullable',
  description: 'The request body: now admits null.',
  message: '{{operation}}: the request body became nullable.',
  why: 'The server accepts null besides what it accepted.',
  fix: 'Nothing to do.',
});

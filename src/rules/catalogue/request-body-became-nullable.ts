import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-became-nullable',
  class: 'additive',
  subject: 'request-body',
  kind: 'became-nullable',
  description: 'A request body now admits null.',
  message: '{{operation}}: the request body became nullable.',
  why: 'Clients that never send null keep working.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-became-nullable',
  class: 'additive',
  subject: 'request-property',
  kind: 'became-nullable',
  description: 'A request property now admits null.',
  message: '{{operation}}: the request property {{property}} became nullable.',
  why: 'Clients that never send null keep working.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-became-not-nullable',
  class: 'breaking',
  subject: 'request-body',
  kind: 'became-not-nullable',
  description: 'The request body: no longer admits null.',
  message: '{{operation}}: the request body is no longer nullable.',
  why: 'Clients sending null are rejected.',
  fix: 'Keep accepting null.',
});

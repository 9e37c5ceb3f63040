import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-became-not-nullable',
  class: 'breaking',
  subject: 'request-body',
  kind: 'became-not-nullable',
  description: 'A request body no longer admits null.',
  message: '{{operation}}: the request body is no longer nullable.',
  why: 'Clients that send null are rejected.',
  fix: 'Keep accepting null and treat it as absent.',
});

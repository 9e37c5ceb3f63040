import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-became-not-nullable',
  class: 'breaking',
  subject: 'request-property',
  kind: 'became-not-nullable',
  description: 'A request property no longer admits null.',
  message: '{{operation}}: the request property {{property}} is no longer nullable.',
  why: 'Clients that send null are rejected.',
  fix: 'Keep accepting null and treat it as absent.',
});

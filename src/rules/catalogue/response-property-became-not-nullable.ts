import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-became-not-nullable',
  class: 'additive',
  subject: 'response-property',
  kind: 'became-not-nullable',
  description: 'A response property no longer admits null.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) is no longer nullable.',
  why: 'Clients that handle null keep working; they just never receive it.',
  fix: 'Nothing to do.',
});

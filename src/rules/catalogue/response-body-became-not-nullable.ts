import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-became-not-nullable',
  class: 'additive',
  subject: 'response-body',
  kind: 'became-not-nullable',
  description: 'The response body: no longer admits null.',
  message: '{{operation}}: the response body (status {{status}}) is no longer nullable.',
  why: 'Clients never receive null again.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-became-not-nullable',
  class: 'additive',
  subject: 'response-header',
  kind: 'became-not-nullable',
  description: 'The response header: no longer admits null.',
  message: '{{operation}}: the response header {{header}} (status {{status}}) is no longer nullable.',
  why: 'Clients never receive null again.',
  fix: 'Nothing to do.',
});

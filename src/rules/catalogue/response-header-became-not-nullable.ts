import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-became-not-nullable',
  class: 'additive',
  subject: 'response-header',
  kind: 'became-not-nullable',
  description: 'A response header no longer admits null.',
  message: '{{operation}}: the response header {{header}} (status {{status}}) is no longer nullable.',
  why: 'Clients that handle null keep working; they just never receive it.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-became-not-nullable',
  class: 'additive',
  subject: 'response-body',
  kind: 'became-not-nullable',
  description: 'A response body no longer admits null.',
  message: '{{operation}}: the response body (status {{status}}) is no longer nullable.',
  why: 'Clients that handle null keep working; they just never receive it.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-became-required',
  class: 'breaking',
  subject: 'request-body',
  kind: 'became-required',
  description: 'The request body became required.',
  message: '{{operation}}: the request body became required.',
  why: 'Clients that send no body are rejected.',
  fix: 'Keep the body optional.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-became-required',
  class: 'breaking',
  subject: 'request-property',
  kind: 'property-became-required',
  description: 'An optional request property became required.',
  message: '{{operation}}: the request property {{property}} became required.',
  why: 'Clients that omit the property are rejected.',
  fix: 'Keep it optional and default it on the server.',
});

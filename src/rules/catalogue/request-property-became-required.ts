import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-became-required',
  class: 'breaking',
  subject: 'request-property',
  kind: 'property-became-required',
  description: 'An optional request property became required.',
  message: '{{operation}}: the request body property {{property}} became required; clients that omit it are rejected.',
  why: 'Clients that never sent the property now fail.',
  fix: 'Keep it optional and default it on the server.',
});

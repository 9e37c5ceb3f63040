import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-additional-properties-narrowed',
  class: 'additive',
  subject: 'response-body',
  kind: 'additional-properties-narrowed',
  description: 'A response body admits fewer additional properties than before.',
  message: '{{operation}}: the response body (status {{status}}) admits fewer additional properties (from {{from}} to {{to}}).',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

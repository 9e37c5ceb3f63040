import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-additional-properties-narrowed',
  class: 'additive',
  subject: 'response-property',
  kind: 'additional-properties-narrowed',
  description: 'A response property admits fewer additional properties than before.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) admits fewer additional properties (from {{from}} to {{to}}).',
  why: 'Clients receive a subset of the values they already handle.',
  fix: 'Nothing to do.',
});

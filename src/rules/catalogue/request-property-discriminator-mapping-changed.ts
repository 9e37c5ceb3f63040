import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-discriminator-mapping-changed',
  class: 'breaking',
  subject: 'request-property',
  kind: 'discriminator-mapping-changed',
  description: 'The discriminator of a request property maps a value to another schema.',
  message: '{{operation}}: the request property {{property}} maps the discriminator value {{value}} to {{to}} instead of {{from}}.',
  why: 'Clients build the old schema for that value; the server reads it as the new one.',
  fix: 'Keep the mapping; add a new value for the new schema.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-discriminator-mapping-changed',
  class: 'breaking',
  subject: 'response-property',
  kind: 'discriminator-mapping-changed',
  description: 'The discriminator of a response property maps a value to another schema.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) maps the discriminator value {{value}} to {{to}} instead of {{from}}.',
  why: 'Clients deserialize that value as the old schema.',
  fix: 'Keep the mapping; add a new value for the new schema.',
});

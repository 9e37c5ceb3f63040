import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-discriminator-removed',
  class: 'breaking',
  subject: 'response-property',
  kind: 'discriminator-removed',
  description: 'A response property lost its `discriminator`.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) lost the discriminator {{discriminator}}.',
  why: 'Generated clients dispatch on the discriminator to pick a variant and can no longer deserialize the response.',
  fix: 'Keep the discriminator.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-discriminator-removed',
  class: 'breaking',
  subject: 'response-body',
  kind: 'discriminator-removed',
  description: 'A response body lost its `discriminator`.',
  message: '{{operation}}: the response body (status {{status}}) lost the discriminator {{discriminator}}.',
  why: 'Generated clients dispatch on the discriminator to pick a variant and can no longer deserialize the response.',
  fix: 'Keep the discriminator.',
});

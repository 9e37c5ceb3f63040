import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-discriminator-added',
  class: 'additive',
  subject: 'request-body',
  kind: 'discriminator-added',
  description: 'A request body gained a `discriminator`.',
  message: '{{operation}}: the request body gained the discriminator {{discriminator}}.',
  why: 'A discriminator only names the property that already tells the variants apart.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-discriminator-added',
  class: 'additive',
  subject: 'response-body',
  kind: 'discriminator-added',
  description: 'A response body gained a `discriminator`.',
  message: '{{operation}}: the response body (status {{status}}) gained the discriminator {{discriminator}}.',
  why: 'A discriminator only names the property that already tells the variants apart; clients may now dispatch on it.',
  fix: 'Nothing to do.',
});

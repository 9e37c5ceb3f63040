import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-discriminator-added',
  class: 'additive',
  subject: 'response-property',
  kind: 'discriminator-added',
  description: 'A response property gained a `discriminator`.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) gained the discriminator {{discriminator}}.',
  why: 'A discriminator only names the property that already tells the variants apart; clients may now dispatch on it.',
  fix: 'Nothing to do.',
});

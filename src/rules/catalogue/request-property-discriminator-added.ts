import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-discriminator-added',
  class: 'additive',
  subject: 'request-property',
  kind: 'discriminator-added',
  description: 'A request property gained a `discriminator`.',
  message: '{{operation}}: the request property {{property}} gained the discriminator {{discriminator}}.',
  why: 'A discriminator only names the property that already tells the variants apart.',
  fix: 'Nothing to do.',
});

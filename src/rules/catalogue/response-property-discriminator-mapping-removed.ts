import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-discriminator-mapping-removed',
  class: 'additive',
  subject: 'response-property',
  kind: 'discriminator-mapping-removed',
  description: 'The discriminator of a response property no longer maps a value.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) no longer maps the discriminator value {{value}}.',
  why: 'Clients stop receiving a value they already handle.',
  fix: 'Nothing to do.',
});

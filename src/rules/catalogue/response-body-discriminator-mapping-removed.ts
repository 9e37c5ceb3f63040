import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-discriminator-mapping-removed',
  class: 'additive',
  subject: 'response-body',
  kind: 'discriminator-mapping-removed',
  description: 'The discriminator of a response body no longer maps a value.',
  message: '{{operation}}: the response body (status {{status}}) no longer maps the discriminator value {{value}}.',
  why: 'Clients stop receiving a value they already handle.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-discriminator-mapping-added',
  class: 'additive',
  subject: 'request-property',
  kind: 'discriminator-mapping-added',
  description: 'The discriminator of a request property maps a new value.',
  message: '{{operation}}: the request property {{property}} maps the new discriminator value {{value}}.',
  why: 'Clients keep sending the values they know.',
  fix: 'Nothing to do.',
});

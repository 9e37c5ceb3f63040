import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-discriminator-mapping-added',
  class: 'additive',
  subject: 'request-body',
  kind: 'discriminator-mapping-added',
  description: 'The discriminator of a request body maps a new value.',
  message: '{{operation}}: the request body maps the new discriminator value {{value}}.',
  why: 'Clients keep sending the values they know.',
  fix: 'Nothing to do.',
});

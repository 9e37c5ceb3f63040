import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-discriminator-mapping-removed',
  class: 'breaking',
  subject: 'request-body',
  kind: 'discriminator-mapping-removed',
  description: 'The discriminator of a request body no longer maps a value.',
  message: '{{operation}}: the request body no longer maps the discriminator value {{value}}.',
  why: 'Clients that send the value are rejected or mis-read.',
  fix: 'Keep the mapping; deprecate the variant first.',
});

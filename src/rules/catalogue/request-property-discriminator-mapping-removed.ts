import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-discriminator-mapping-removed',
  class: 'breaking',
  subject: 'request-property',
  kind: 'discriminator-mapping-removed',
  description: 'The discriminator of a request property no longer maps a value.',
  message: '{{operation}}: the request property {{property}} no longer maps the discriminator value {{value}}.',
  why: 'Clients that send the value are rejected or mis-read.',
  fix: 'Keep the mapping; deprecate the variant first.',
});

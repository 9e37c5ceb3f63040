import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-discriminator-removed',
  class: 'additive',
  subject: 'request-property',
  kind: 'discriminator-removed',
  description: 'A request property lost its `discriminator`.',
  message: '{{operation}}: the request property {{property}} lost the discriminator {{discriminator}}.',
  why: 'The server tells variants apart by their shape; what clients send stays valid.',
  fix: 'Nothing to do.',
});

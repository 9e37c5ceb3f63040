import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-discriminator-removed',
  class: 'additive',
  subject: 'request-body',
  kind: 'discriminator-removed',
  description: 'A request body lost its `discriminator`.',
  message: '{{operation}}: the request body lost the discriminator {{discriminator}}.',
  why: 'The server tells variants apart by their shape; what clients send stays valid.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-discriminator-property-changed',
  class: 'breaking',
  subject: 'request-body',
  kind: 'discriminator-property-changed',
  description: 'The discriminator of a request body moved to another property.',
  message: '{{operation}}: the request body moved its discriminator from {{from}} to {{to}}.',
  why: 'Clients set the old property; the server cannot tell the variants apart.',
  fix: 'Keep the discriminator property.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-property-discriminator-property-changed',
  class: 'breaking',
  subject: 'request-property',
  kind: 'discriminator-property-changed',
  description: 'The discriminator of a request property moved to another property.',
  message: '{{operation}}: the request property {{property}} moved its discriminator from {{from}} to {{to}}.',
  why: 'Clients set the old property; the server cannot tell the variants apart.',
  fix: 'Keep the discriminator property.',
});

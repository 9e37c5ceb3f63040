import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-discriminator-property-changed',
  class: 'breaking',
  subject: 'response-body',
  kind: 'discriminator-property-changed',
  description: 'The discriminator of a response body moved to another property.',
  message: '{{operation}}: the response body (status {{status}}) moved its discriminator from {{from}} to {{to}}.',
  why: 'Clients dispatch on the old property and pick the wrong variant or fail.',
  fix: 'Keep the discriminator property.',
});

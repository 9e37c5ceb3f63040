import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-discriminator-property-changed',
  class: 'breaking',
  subject: 'response-property',
  kind: 'discriminator-property-changed',
  description: 'The discriminator of a response property moved to another property.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) moved its discriminator from {{from}} to {{to}}.',
  why: 'Clients dispatch on the old property and pick the wrong variant or fail.',
  fix: 'Keep the discriminator property.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-any-of-removed',
  class: 'additive',
  subject: 'response-property',
  kind: 'any-of-removed',
  description: 'A response property lost a `anyOf` variant.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) lost the anyOf variant {{variant}}.',
  why: 'Clients stop receiving a shape they already handle.',
  fix: 'Nothing to do.',
});

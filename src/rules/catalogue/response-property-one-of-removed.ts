import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-one-of-removed',
  class: 'additive',
  subject: 'response-property',
  kind: 'one-of-removed',
  description: 'A response property lost a `oneOf` variant.',
  message: '{{operation}}: the response property {{property}} (status {{status}}) lost the oneOf variant {{variant}}.',
  why: 'Clients stop receiving a shape they already handle.',
  fix: 'Nothing to do.',
});

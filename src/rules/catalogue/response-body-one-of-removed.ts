import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-one-of-removed',
  class: 'additive',
  subject: 'response-body',
  kind: 'one-of-removed',
  description: 'A response body lost a `oneOf` variant.',
  message: '{{operation}}: the response body (status {{status}}) lost the oneOf variant {{variant}}.',
  why: 'Clients stop receiving a shape they already handle.',
  fix: 'Nothing to do.',
});

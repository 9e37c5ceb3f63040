import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-any-of-removed',
  class: 'additive',
  subject: 'response-body',
  kind: 'any-of-removed',
  description: 'A response body lost a `anyOf` variant.',
  message: '{{operation}}: the response body (status {{status}}) lost the anyOf variant {{variant}}.',
  why: 'Clients stop receiving a shape they already handle.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-default-value-changed',
  class: 'additive',
  subject: 'response-body',
  kind: 'default-value-changed',
  description: 'The default value of a response body changed (or was added or removed).',
  message: '{{operation}}: the response body (status {{status}}) changed its default from {{from}} to {{to}}.',
  why: 'A default in a response only documents; clients read the value actually sent.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-default-value-changed',
  class: 'additive',
  subject: 'response-header',
  kind: 'default-value-changed',
  description: 'The default value of a response header changed (or was added or removed).',
  message: '{{operation}}: the response header {{header}} (status {{status}}) changed its default from {{from}} to {{to}}.',
  why: 'A default in a response only documents; clients read the value actually sent.',
  fix: 'Nothing to do.',
});

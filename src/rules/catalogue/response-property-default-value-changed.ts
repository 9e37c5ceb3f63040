import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-property-default-value-changed',
  class: 'additive',
  subject: 'response-property',
  kind: 'default-value-changed',
  description: 'The default value of a response property changed (or was added or removed).',
  message: '{{operation}}: the response property {{property}} (status {{status}}) changed its default from {{from}} to {{to}}.',
  why: 'A default in a response only documents; clients read the value actually sent.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-header-added',
  class: 'additive',
  subject: 'response-header',
  kind: 'added',
  description: 'A response header was added.',
  message: '{{operation}}: status {{status}} has a new response header {{header}}.',
  why: 'Clients ignore headers they do not know.',
  fix: 'Nothing to do.',
});

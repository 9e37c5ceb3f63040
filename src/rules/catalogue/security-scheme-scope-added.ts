import { defineRule } from '../rule.js';

export default defineRule({
  id: 'security-scheme-scope-added',
  class: 'additive',
  subject: 'security-scheme',
  kind: 'scope-added',
  description: 'An OAuth2 flow defines a new scope.',
  message: 'Security scheme {{scheme}}: the {{flow}} flow defines the new scope {{scope}}.',
  why: 'Defining a scope changes nothing until an operation requires it, which is judged separately.',
  fix: 'Nothing to do.',
});

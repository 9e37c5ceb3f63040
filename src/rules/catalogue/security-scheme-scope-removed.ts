import { defineRule } from '../rule.js';

export default defineRule({
  id: 'security-scheme-scope-removed',
  class: 'breaking',
  subject: 'security-scheme',
  kind: 'scope-removed',
  description: 'An OAuth2 flow no longer defines a scope.',
  message: 'Security scheme {{scheme}}: the {{flow}} flow no longer defines the scope {{scope}}; clients requesting it are refused tokens.',
  why: 'Authorization servers reject token requests for unknown scopes, so clients that ask for it cannot authenticate.',
  fix: 'Keep defining the scope until no client requests it.',
});

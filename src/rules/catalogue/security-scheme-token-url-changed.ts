import { defineRule } from '../rule.js';

export default defineRule({
  id: 'security-scheme-token-url-changed',
  class: 'breaking',
  subject: 'security-scheme',
  kind: 'token-url-changed',
  description: 'The token URL of an OAuth2 flow changed.',
  message: 'Security scheme {{scheme}}: the token URL of the {{flow}} flow changed from {{from}} to {{to}}.',
  why: 'Clients configured with the old URL fail to obtain tokens.',
  fix: 'Keep the old URL working (redirect or alias).',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'security-scheme-authorization-url-changed',
  class: 'breaking',
  subject: 'security-scheme',
  kind: 'authorization-url-changed',
  description: 'The authorization URL of an OAuth2 flow changed.',
  message: 'Security scheme {{scheme}}: the authorization URL of the {{flow}} flow changed from {{from}} to {{to}}.',
  why: 'Clients configured with the old URL send users to a page that no longer authorizes them.',
  fix: 'Keep the old URL working (redirect or alias).',
});

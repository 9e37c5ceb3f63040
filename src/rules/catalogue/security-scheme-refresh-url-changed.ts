import { defineRule } from '../rule.js';

export default defineRule({
  id: 'security-scheme-refresh-url-changed',
  class: 'breaking',
  subject: 'security-scheme',
  kind: 'refresh-url-changed',
  description: 'The refresh URL of an OAuth2 flow changed or was removed.',
  message: 'Security scheme {{scheme}}: the refresh URL of the {{flow}} flow changed from {{from}} to {{to}}.',
  why: 'Clients refresh tokens at the URL they were configured with; when it moves, refreshing fails and sessions end.',
  fix: 'Keep the old URL working (redirect or alias).',
});

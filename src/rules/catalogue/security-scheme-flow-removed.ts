import { defineRule } from '../rule.js';

export default defineRule({
  id: 'security-scheme-flow-removed',
  class: 'breaking',
  subject: 'security-scheme',
  kind: 'flow-removed',
  description: 'An OAuth2 security scheme no longer offers a flow.',
  message: 'Security scheme {{scheme}} no longer offers the OAuth2 flow {{flow}}: clients using it cannot get tokens.',
  why: 'Clients built on that flow can no longer obtain tokens.',
  fix: 'Keep the flow until clients have migrated.',
});

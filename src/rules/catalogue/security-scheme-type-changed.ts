import { defineRule } from '../rule.js';

export default defineRule({
  id: 'security-scheme-type-changed',
  class: 'breaking',
  subject: 'security-scheme',
  kind: 'type-changed',
  description: 'The type of a security scheme changed (e.g. apiKey to oauth2).',
  message: 'Security scheme {{scheme}} changed type from {{from}} to {{to}}: clients authenticate the old way.',
  why: 'Clients send credentials of the old kind, which the server no longer accepts.',
  fix: 'Add a new scheme as an alternative instead, and retire the old one later.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'security-scheme-open-id-connect-url-changed',
  class: 'breaking',
  subject: 'security-scheme',
  kind: 'open-id-connect-url-changed',
  description: 'The OpenID Connect discovery URL of a security scheme changed.',
  message: 'Security scheme {{scheme}}: the OpenID Connect URL changed from {{from}} to {{to}}.',
  why: 'Clients discover the issuer, keys and endpoints at that URL; at another one they may find another provider or nothing.',
  fix: 'Keep the old discovery URL serving the same configuration.',
});

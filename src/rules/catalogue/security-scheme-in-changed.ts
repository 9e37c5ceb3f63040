import { defineRule } from '../rule.js';

export default defineRule({
  id: 'security-scheme-in-changed',
  class: 'breaking',
  subject: 'security-scheme',
  kind: 'in-changed',
  description: 'An API key moved (header, query or cookie).',
  message: 'Security scheme {{scheme}} now reads the key from {{to}} instead of {{from}}: clients send it in the wrong place.',
  why: 'Clients send the key where it was; the server does not find it.',
  fix: 'Accept the key in both places for a while.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'security-scheme-name-changed',
  class: 'breaking',
  subject: 'security-scheme',
  kind: 'name-changed',
  description: 'The name of the header, query parameter or cookie carrying an API key changed.',
  message: 'Security scheme {{scheme}} now reads the key from {{to}} instead of {{from}}.',
  why: 'Clients send the key under the old name; the server does not find it.',
  fix: 'Accept both names for a while.',
});

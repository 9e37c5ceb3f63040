import { defineRule } from '../rule.js';

export default defineRule({
  id: 'server-base-path-changed',
  class: 'breaking',
  subject: 'server',
  kind: 'base-path-changed',
  description: 'The base path of the servers changed, moving every operation.',
  message: 'The base path changed from {{from}} to {{to}}: every operation moved and clients calling the old URLs get 404.',
  why: 'Every URL clients call starts with the base path.',
  fix: 'Keep serving the old base path (for example with a redirect or a second server entry).',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'security-scheme-flow-added',
  class: 'additive',
  subject: 'security-scheme',
  kind: 'flow-added',
  description: 'An OAuth2 security scheme offers a new flow.',
  message: 'Security scheme {{scheme}} offers the new OAuth2 flow {{flow}}.',
  why: 'Clients keep using the flow they have.',
  fix: 'Nothing to do.',
});

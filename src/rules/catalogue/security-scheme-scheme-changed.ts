import { defineRule } from '../rule.js';

export default defineRule({
  id: 'security-scheme-scheme-changed',
  class: 'breaking',
  subject: 'security-scheme',
  kind: 'scheme-changed',
  description: 'The HTTP authentication scheme changed (e.g. basic to bearer).',
  message: 'Security scheme {{scheme}} changed its HTTP scheme from {{from}} to {{to}}.',
  why: 'Clients send an `Authorization` header of the old scheme, which the server rejects.',
  fix: 'Add a new scheme as an alternative instead.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'security-scope-added',
  class: 'breaking',
  subject: 'security',
  kind: 'security-scope-added',
  when: (c) => !c.context.stillSatisfied,
  description: 'A security requirement of an operation asks for a new OAuth scope.',
  message: '{{operation}} now requires the scope {{scope}} of {{scheme}}: tokens without it are rejected.',
  why: 'Clients hold tokens issued for the old scopes and get 403.',
  fix: 'Grant the scope to existing clients before requiring it, or add it as a separate alternative.',
});

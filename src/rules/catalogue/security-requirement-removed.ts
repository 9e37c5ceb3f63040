import { defineRule } from '../rule.js';

export default defineRule({
  id: 'security-requirement-removed',
  class: 'breaking',
  subject: 'security',
  kind: 'security-requirement-removed',
  when: (c) => !c.context.stillSatisfied,
  description: 'A security alternative of an operation was removed and no remaining one is satisfied by the same credentials.',
  message: '{{operation}} no longer accepts {{requirement}}: clients authenticating that way get 401 or 403.',
  why: 'Clients hold credentials for the removed alternative only and are rejected.',
  fix: 'Keep the alternative until clients have migrated.',
});

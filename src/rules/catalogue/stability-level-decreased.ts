import { defineRule } from '../rule.js';
import { levelsOf } from '../stability-policy.js';

export default defineRule({
  id: 'stability-level-decreased',
  class: 'breaking',
  subject: 'operation',
  kind: 'stability-level-changed',
  when: (c) => {
    const { from, to } = levelsOf(c);
    return to >= 0 && to < from;
  },
  description: 'The `x-stability-level` of an operation was lowered (e.g. stable to beta, beta to alpha); an invalid base level counts as stable.',
  message: '{{operation}}: the stability level was lowered from {{from}} to {{to}}.',
  why: 'Clients adopted the operation on the promise of its level; a lower one withdraws it, and at draft or alpha later releases may break them without a breaking finding.',
  fix: 'Keep the level; offer the unstable design as a new operation.',
});

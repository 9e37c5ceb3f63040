import { defineRule } from '../rule.js';
import { levelsOf } from '../stability-policy.js';

export default defineRule({
  id: 'stability-level-increased',
  class: 'additive',
  subject: 'operation',
  kind: 'stability-level-changed',
  when: (c) => {
    const { from, to } = levelsOf(c);
    return to > from;
  },
  description: 'The `x-stability-level` of an operation was raised (e.g. alpha to beta, beta to stable).',
  message: '{{operation}}: the stability level was raised from {{from}} to {{to}}.',
  why: 'A stronger promise: from this release on the operation is held to compatibility at its new level.',
  fix: 'Nothing to do.',
});

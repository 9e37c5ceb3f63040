import { defineRule } from '../rule.js';
import { STABILITY_LEVELS, levelsOf } from '../stability-policy.js';

export default defineRule({
  id: 'stability-level-invalid',
  class: 'breaking',
  subject: 'operation',
  kind: 'stability-level-changed',
  when: (c) => levelsOf(c).to < 0,
  evenWhenUnstable: true,
  description: `An operation in the revision was given an \`x-stability-level\` that is not one of ${STABILITY_LEVELS.join(', ')}.`,
  message: `{{operation}}: x-stability-level "{{to}}" is not one of ${STABILITY_LEVELS.join(', ')}.`,
  why: 'Neither clients nor this check can tell what the operation promises; until it is valid the operation is judged as stable.',
  fix: `Write one of ${STABILITY_LEVELS.join(', ')} (without the key, the operation is stable).`,
});

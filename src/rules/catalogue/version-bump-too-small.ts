import { defineRule } from '../rule.js';
import { NOTHING_TO_DO } from '../forward.js';

// Computed after classification from all other findings (src/classify/semver-verdict.ts), not by the diff.
export default defineRule({
  id: 'version-bump-too-small',
  class: 'breaking',
  subject: 'api',
  kind: 'version-bump-too-small',
  description: '`info.version` changed, but by a smaller semver bump than the changes require.',
  message: 'info.version went from {{baseVersion}} to {{revisionVersion}} ({{actual}} bump), but the changes require a {{required}} bump.',
  why: 'Clients pin version ranges (`^1.4.0`) on the promise of semver: a breaking change in a minor release reaches them unannounced.',
  fix: 'Bump `info.version` by at least the required part (breaking: major, or minor below 1.0.0; deprecation or additive: minor), or leave it unchanged until release.',
  forward: {
    class: 'compatible',
    why: 'A version number says nothing about what the base\'s server accepts or returns; the other findings judge that.',
    fix: NOTHING_TO_DO,
  },
});

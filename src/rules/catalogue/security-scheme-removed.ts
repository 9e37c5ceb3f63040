import { defineRule } from '../rule.js';

export default defineRule({
  id: 'security-scheme-removed',
  class: 'additive',
  subject: 'security-scheme',
  kind: 'removed',
  description: 'A security scheme definition was removed.',
  message: 'Security scheme {{scheme}} was removed.',
  why: 'Operations that required it are judged separately (`security-requirement-removed`); an unused definition serves no client.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'security-scheme-added',
  class: 'additive',
  subject: 'security-scheme',
  kind: 'added',
  description: 'A new security scheme definition.',
  message: 'Security scheme {{scheme}} was added.',
  why: 'Defining a scheme changes nothing until an operation requires it, which is judged separately.',
  fix: 'Nothing to do.',
});

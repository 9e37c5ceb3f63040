import { defineRule } from '../rule.js';

export default defineRule({
  id: 'security-scope-removed',
  class: 'additive',
  subject: 'security',
  kind: 'security-scope-removed',
  description: 'A security requirement of an operation no longer asks for an OAuth scope.',
  message: '{{operation}} no longer requires the scope {{scope}} of {{scheme}}.',
  why: 'Tokens that carry the scope still work.',
  fix: 'Nothing to do.',
});

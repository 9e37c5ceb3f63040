import { defineRule } from '../rule.js';

export default defineRule({
  id: 'security-requirement-added',
  class: 'additive',
  subject: 'security',
  kind: 'security-requirement-added',
  description: 'An operation accepts a new security alternative.',
  message: '{{operation}} also accepts {{requirement}}.',
  why: 'A new alternative is one more way in; clients keep using the one they have.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'operation-deprecated',
  class: 'deprecation',
  subject: 'operation',
  kind: 'deprecated',
  description: 'An operation was marked deprecated.',
  message: '{{operation}} was deprecated.',
  why: 'Clients keep working, but should migrate before the sunset date.',
  fix: 'Give it an `x-sunset` date and point clients to the replacement.',
});

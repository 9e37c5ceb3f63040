import { defineRule } from '../rule.js';

export default defineRule({
  id: 'operation-added',
  class: 'additive',
  subject: 'operation',
  kind: 'added',
  description: 'A new operation.',
  message: '{{operation}} was added.',
  why: 'New operations do not affect existing clients.',
  fix: 'Nothing to do.',
});

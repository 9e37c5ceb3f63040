import { defineRule } from '../rule.js';

export default defineRule({
  id: 'security-removed',
  class: 'additive',
  subject: 'security',
  kind: 'security-removed',
  description: 'An operation no longer requires authentication.',
  message: '{{operation}} no longer requires authentication (was {{requirement}}).',
  why: 'Clients that send credentials keep working; the server ignores them.',
  fix: 'Make sure dropping authentication is intended.',
});

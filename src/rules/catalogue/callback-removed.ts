import { defineRule } from '../rule.js';

export default defineRule({
  id: 'callback-removed',
  class: 'breaking',
  subject: 'callback',
  kind: 'removed',
  description: 'A callback of an operation was removed.',
  message: '{{operation}}: the callback {{callback}} was removed; clients waiting for it are never called.',
  why: 'Clients that registered a callback URL wait for calls that no longer come.',
  fix: 'Keep the callback; deprecate it first and remove it in a major version.',
});

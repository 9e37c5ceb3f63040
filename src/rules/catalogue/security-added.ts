import { defineRule } from '../rule.js';

export default defineRule({
  id: 'security-added',
  class: 'breaking',
  subject: 'security',
  kind: 'security-added',
  description: 'An operation that needed no authentication now requires it.',
  message: '{{operation}} now requires authentication ({{requirement}}): anonymous clients get 401.',
  why: 'Clients that call the operation without credentials are rejected.',
  fix: 'Keep an empty alternative (`{}`) in `security` while clients migrate.',
});

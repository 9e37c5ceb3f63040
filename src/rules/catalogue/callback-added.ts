import { defineRule } from '../rule.js';

export default defineRule({
  id: 'callback-added',
  class: 'additive',
  subject: 'callback',
  kind: 'added',
  description: 'An operation has a new callback.',
  message: '{{operation}} has a new callback {{callback}}.',
  why: 'The API makes a new call to the client; only clients that register for it receive it.',
  fix: 'Document the callback for client authors.',
});

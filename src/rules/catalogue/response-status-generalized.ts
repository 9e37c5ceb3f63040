import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-status-generalized',
  class: 'breaking',
  subject: 'response',
  kind: 'status-generalized',
  description: 'A response status code was replaced by the range that covers it (`200` by `2XX`).',
  message: '{{operation}}: status {{status}} is now described by the range {{to}}.',
  why: 'Where the client expected exactly this code it may now receive any code of the range, with whatever body the range describes; clients generated per code do not handle the others.',
  fix: 'List the specific codes the operation returns.',
});

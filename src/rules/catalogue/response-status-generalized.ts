import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-status-generalized',
  class: 'additive',
  strictClass: 'breaking',
  subject: 'response',
  kind: 'status-generalized',
  description: 'A response status code was replaced by the range that covers it (`200` by `2XX`).',
  message: '{{operation}}: status {{status}} is now described by the range {{to}}.',
  why: 'The range still covers the code, so the responses clients saw remain possible; clients generated per code may have to handle the other codes of the range, which the strict profile counts as breaking.',
  fix: 'List the specific codes the operation returns.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-status-specialized',
  class: 'additive',
  subject: 'response',
  kind: 'status-specialized',
  description: 'A response status range was replaced by specific codes it covers (`2XX` by `200`).',
  message: '{{operation}}: the range {{status}} is now described by status {{to}}.',
  why: 'Every response is still one the range allowed; clients that handled the range handle the code.',
  fix: 'Nothing to do.',
});

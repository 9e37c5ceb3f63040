import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-media-type-generalized',
  class: 'additive',
  subject: 'request-body',
  kind: 'media-type-generalized',
  description: 'A request media type was replaced by a wildcard range that covers it (`application/json` to `application/*`).',
  message: '{{operation}} accepts request bodies as {{to}}, which covers the former {{mediaType}}.',
  why: 'The server accepts everything it accepted before, and more.',
  fix: 'Nothing to do.',
});

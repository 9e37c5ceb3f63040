import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-media-type-added',
  class: 'additive',
  subject: 'request-body',
  kind: 'media-type-added',
  description: 'The request body accepts a new media type.',
  message: '{{operation}} accepts request bodies as {{mediaType}}.',
  why: 'Existing clients keep sending the types they used.',
  fix: 'Nothing to do.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-media-type-added',
  class: 'additive',
  subject: 'response-body',
  kind: 'media-type-added',
  description: 'A response offers a new media type.',
  message: '{{operation}} can respond {{status}} as {{mediaType}}.',
  why: 'Clients negotiate content with Accept and keep receiving the types they ask for.',
  fix: 'Nothing to do.',
});

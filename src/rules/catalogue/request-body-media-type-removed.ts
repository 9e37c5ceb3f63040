import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-media-type-removed',
  class: 'breaking',
  subject: 'request-body',
  kind: 'media-type-removed',
  description: 'The request body no longer accepts a media type.',
  message: '{{operation}} no longer accepts request bodies as {{mediaType}}: clients sending it get 415.',
  why: 'Clients sending that media type are rejected.',
  fix: 'Keep accepting the media type.',
});

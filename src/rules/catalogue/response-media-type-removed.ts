import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-media-type-removed',
  class: 'breaking',
  subject: 'response-body',
  kind: 'media-type-removed',
  description: 'A response no longer offers a media type.',
  message: '{{operation}} no longer responds {{status}} as {{mediaType}}: clients that accept only it fail.',
  why: 'Clients asking for that media type get 406 or an unexpected format.',
  fix: 'Keep offering the media type.',
});

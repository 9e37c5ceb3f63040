import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-media-type-generalized',
  class: 'breaking',
  subject: 'response-body',
  kind: 'media-type-generalized',
  description: 'A response media type was replaced by a wildcard range that covers it (`application/json` to `application/*`).',
  message: '{{operation}} responds {{status}} as {{to}} instead of {{mediaType}}: clients can no longer rely on receiving {{mediaType}}.',
  why: 'The server may now answer with any type the range covers, which clients written for one type cannot parse.',
  fix: 'Keep naming the exact media type.',
});

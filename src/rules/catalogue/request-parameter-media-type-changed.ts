import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-media-type-changed',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'media-type-changed',
  description: 'A request parameter described with `content` changed its media type.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} changed its media type from {{from}} to {{to}}; clients encode it the old way.',
  why: 'The media type says how the value is encoded (JSON, plain text…); clients keep the old encoding and the server misreads it.',
  fix: 'Keep the media type, or add a new parameter with the new encoding.',
  noMirror: 'Response headers are described by a schema only; they have no media type to change.',
});

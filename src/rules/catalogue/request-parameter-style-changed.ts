import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-style-changed',
  class: 'breaking',
  subject: 'request-parameter',
  kind: 'style-changed',
  description: 'The serialization style of a request parameter changed.',
  message: '{{operation}}: the {{in}} parameter {{parameter}} changed its style from {{from}} to {{to}}; clients serialize it the old way.',
  why: 'Clients keep encoding the value in the old style (for example `a,b` instead of `a|b`), which the server now parses differently or rejects.',
  fix: 'Keep the style, or accept both encodings under a new parameter.',
  noMirror: 'Response headers are always serialized with the `simple` style; only request parameters choose a serialization.',
});

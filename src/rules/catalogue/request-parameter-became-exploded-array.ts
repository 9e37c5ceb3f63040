import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-parameter-became-exploded-array',
  class: 'additive',
  subject: 'request-parameter',
  kind: 'became-exploded-array',
  description: 'A scalar query parameter became a form-exploded array whose items admit every old value.',
  message: '{{operation}}: the query parameter {{parameter}} now accepts several values (`?{{parameter}}=a&{{parameter}}=b`).',
  why: 'With `style: form, explode: true` a single value is written exactly as before (`?id=1`), so every old request is still valid; only a server reading more values changes.',
  fix: 'Nothing to do.',
  noMirror: 'Response headers have no exploded form: a header array is comma-separated, so a scalar header becoming an array changes what clients read.',
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-schema-removed',
  class: 'additive',
  subject: 'request-body',
  kind: 'schema-removed',
  description: 'A request media type no longer has a schema.',
  message: '{{operation}}: request bodies as {{mediaType}} no longer have a schema.',
  why: 'The server accepts any body of the media type, including everything it accepted before.',
  fix: 'Nothing to do.',
});

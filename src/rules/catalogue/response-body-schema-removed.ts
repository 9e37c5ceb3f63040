import { defineRule } from '../rule.js';

export default defineRule({
  id: 'response-body-schema-removed',
  class: 'breaking',
  subject: 'response-body',
  kind: 'schema-removed',
  description: 'A response media type no longer has a schema.',
  message: '{{operation}}: responses {{status}} as {{mediaType}} no longer have a schema: clients can no longer rely on their shape.',
  why: 'Without a schema the server promises nothing about the body; clients parsing the old shape may fail.',
  fix: 'Keep the schema.',
});

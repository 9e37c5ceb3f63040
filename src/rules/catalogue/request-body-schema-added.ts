import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request-body-schema-added',
  class: 'breaking',
  subject: 'request-body',
  kind: 'schema-added',
  description: 'A request media type that had no schema now has one.',
  message: '{{operation}}: request bodies as {{mediaType}} now have a schema; bodies that do not match it are rejected.',
  why: 'Without a schema the server accepted any body of the media type; a schema constrains it, so some bodies clients send may now fail.',
  fix: 'Make sure the schema admits every body clients send today (review it like a type change).',
});

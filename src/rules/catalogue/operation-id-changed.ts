import { defineRule } from '../rule.js';

export default defineRule({
  id: 'operation-id-changed',
  class: 'additive',
  strictClass: 'breaking',
  subject: 'operation',
  kind: 'operation-id-changed',
  description: 'The operationId of an operation changed.',
  message: '{{operation}}: the operationId changed from {{from}} to {{to}}.',
  why: 'The wire contract is unchanged, so running clients keep working. But SDK generators name methods after the operationId, so regenerated clients rename a method and code that calls the old name no longer compiles; the strict profile counts that as breaking.',
  fix: 'Keep the operationId, or ship the rename together with other SDK-breaking changes in a major version.',
});

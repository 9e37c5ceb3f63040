import { defineRule } from '../rule.js';

export default defineRule({
  id: 'operation-removed-without-deprecation',
  class: 'breaking',
  subject: 'operation',
  kind: 'removed',
  when: (c) => !c.context.deprecated,
  description: 'An operation was removed without being deprecated first.',
  message: '{{operation}} was removed without being deprecated first: clients calling it get 404 or 405.',
  why: 'Clients that call the operation fail. The platform rule is to deprecate before removal.',
  fix: 'Restore the operation, mark it `deprecated: true` with an `x-sunset` date, and remove it after that date.',
});

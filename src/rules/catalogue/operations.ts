// Operations: added, removed, renamed.
import { defineRule, sunsetInFuture } from '../rule.js';
import { SHIP_THE_SERVER_FIRST } from '../forward.js';

/** The platform's canary and rollback case: a new client calls what the old server does not have. */
const OPERATION_MISSING = {
  class: 'breaking',
  why: "A client built on the revision calls the operation on a server still running the base and gets 404 (or 405).",
  fix: SHIP_THE_SERVER_FIRST.none,
} as const;

export default [
  defineRule({
    id: 'operation-added',
    class: 'additive',
    subject: 'operation',
    kind: 'added',
    forward: OPERATION_MISSING,
    description: 'A new operation.',
    message: '{{operation}} was added.',
    why: 'New operations do not affect existing clients.',
    fix: 'Nothing to do.',
  }),
  defineRule({
    id: 'operation-id-changed',
    class: 'additive',
    strictClass: 'breaking',
    subject: 'operation',
    kind: 'operation-id-changed',
    description: 'The operationId of an operation changed.',
    message: '{{operation}}: the operationId changed from {{from}} to {{to}}.',
    why: 'The wire contract is unchanged, so running clients keep working. But SDK generators name methods after the operationId, so regenerated clients rename a method and code that calls the old name no longer compiles; the strict profile counts that as breaking.',
    fix: 'Keep the operationId, or ship the rename together with other SDK-breaking changes in a major version.',
  }),
  defineRule({
    id: 'operation-removed-after-deprecation',
    class: 'deprecation',
    subject: 'operation',
    kind: 'removed',
    when: (c, ctx) => !!c.context.deprecated && !sunsetInFuture(c.context.sunset, ctx.today),
    description: 'A deprecated operation was removed after its sunset date (or one without a sunset).',
    message: '{{operation}} was removed after its deprecation.',
    why: 'Clients were warned by the deprecation; removing it completes the lifecycle.',
    fix: 'Nothing to do; announce the removal in the release notes.',
  }),
  defineRule({
    id: 'operation-removed-before-sunset',
    class: 'breaking',
    subject: 'operation',
    kind: 'removed',
    when: (c, ctx) => !!c.context.deprecated && sunsetInFuture(c.context.sunset, ctx.today),
    description: 'A deprecated operation was removed before its sunset date.',
    message: '{{operation}} was removed before its sunset date {{sunset}}: clients were promised it until then.',
    why: 'Clients were told the operation stays until its sunset date and may still call it.',
    fix: 'Keep the operation until the `x-sunset` date has passed.',
  }),
  defineRule({
    id: 'operation-removed-without-deprecation',
    class: 'breaking',
    subject: 'operation',
    kind: 'removed',
    when: (c) => !c.context.deprecated,
    description: 'An operation was removed without being deprecated first.',
    message: '{{operation}} was removed without being deprecated first: clients calling it get 404 or 405.',
    why: 'Clients that call the operation fail. The platform rule is to deprecate before removal.',
    fix: 'Restore the operation, mark it `deprecated: true` with an `x-sunset` date, and remove it after that date.',
  }),
];

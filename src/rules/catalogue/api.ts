// Servers, services, webhooks and callbacks.
import { defineRule } from '../rule.js';
import { SHIP_THE_SERVER_FIRST } from '../forward.js';

/** A client built on the revision calls a service that an older deployment does not run. */
const SERVICE_MISSING = {
  class: 'breaking',
  why: 'A client built on the revision calls the service where the base is still deployed, and it is not there.',
  fix: SHIP_THE_SERVER_FIRST.none,
} as const;

export default [
  defineRule({
    id: 'callback-added',
    class: 'additive',
    subject: 'callback',
    kind: 'added',
    description: 'An operation has a new callback.',
    message: '{{operation}} has a new callback {{callback}}.',
    why: 'The API makes a new call to the client; only clients that register for it receive it.',
    fix: 'Document the callback for client authors.',
  }),
  defineRule({
    id: 'callback-removed',
    class: 'breaking',
    subject: 'callback',
    kind: 'removed',
    description: 'A callback of an operation was removed.',
    message: '{{operation}}: the callback {{callback}} was removed; clients waiting for it are never called.',
    why: 'Clients that registered a callback URL wait for calls that no longer come.',
    fix: 'Keep the callback; deprecate it first and remove it in a major version.',
  }),
  defineRule({
    id: 'server-base-path-changed',
    class: 'breaking',
    subject: 'server',
    kind: 'base-path-changed',
    description: 'The base path of the servers changed, moving every operation.',
    message: 'The base path changed from {{from}} to {{to}}: every operation moved and clients calling the old URLs get 404.',
    why: 'Every URL clients call starts with the base path.',
    fix: 'Keep serving the old base path (for example with a redirect or a second server entry).',
  }),
  defineRule({
    id: 'service-added',
    class: 'additive',
    subject: 'service',
    kind: 'added',
    forward: SERVICE_MISSING,
    description: 'A new service: a folder of the API surface with an entry document that was not there before.',
    message: 'Service {{service}} was added.',
    why: 'A new service has no clients yet, so nothing that worked before can break.',
    fix: 'Nothing to do.',
  }),
  defineRule({
    id: 'service-removed',
    class: 'breaking',
    subject: 'service',
    kind: 'removed',
    description: 'A service was removed from the API surface (its folder or its entry document is gone).',
    message: 'Service {{service}} was removed: every client of its operations fails.',
    why: 'Every operation of the service disappears at once, without the deprecation period the platform promises.',
    fix: 'Restore the service; deprecate its operations with an `x-sunset` date first and remove the service after the last sunset. If the folder was only renamed, the new name is a new service: keep the old one until clients have moved.',
  }),
  defineRule({
    id: 'webhook-added',
    class: 'additive',
    subject: 'webhook',
    kind: 'added',
    description: 'A new webhook (OpenAPI 3.1 `webhooks`, or `x-webhooks` in a document without them).',
    message: 'Webhook {{operation}} was added.',
    why: 'The API starts sending a new kind of event; receivers subscribe to it explicitly or ignore what they do not know.',
    fix: 'Document the event for receivers.',
  }),
  defineRule({
    id: 'webhook-removed',
    class: 'breaking',
    subject: 'webhook',
    kind: 'removed',
    description: 'A webhook (OpenAPI 3.1 `webhooks`, or `x-webhooks` in a document without them) was removed.',
    message: 'Webhook {{operation}} was removed: receivers waiting for it never get it again.',
    why: 'Receivers built around the event stop receiving it, silently.',
    fix: 'Keep sending the event; deprecate it and announce a date before removing it.',
  }),
];

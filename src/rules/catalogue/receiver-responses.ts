// The statuses of the response a webhook's or a callback's receiver sends back. The API reads that
// response, so its statuses turn round: receivers are written against the base and answer the
// revision's API, and a status the API no longer accepts is one they may still answer with. The
// diff flips the subjects of its body and headers for the request rules; a status has no request
// side to flip to, so these rules judge it, and the response status rules leave it alone.
import { isReceiverResponse } from '../sent-request.js';
import { defineRule } from '../rule.js';
import { NOTHING_TO_DO, type ForwardJudgement } from '../forward.js';

/** Receivers built on the revision answer with a status the base's API does not accept. */
const OLD_API_MISREADS_NEW_STATUS: ForwardJudgement = {
  class: 'breaking',
  why: "Receivers built on the revision may answer with the new status, which the base's API does not accept and misreads (a canary, a rollback).",
  fix: 'Ship the API first: receivers answer with the new status only once no instance of the API runs the base, so a canary or a rollback does not misread their answers.',
};

/** Receivers built on the revision answer only with statuses the base's API accepted too. */
const OLD_API_ACCEPTS_REVISION_STATUSES: ForwardJudgement = {
  class: 'compatible',
  why: "Every status receivers built on the revision answer with is one the base's API accepted too.",
  fix: NOTHING_TO_DO,
};

export default [
  defineRule({
    id: 'receiver-response-status-added',
    class: 'additive',
    subject: 'response',
    kind: 'status-added',
    when: isReceiverResponse,
    readByApi: true,
    forward: OLD_API_MISREADS_NEW_STATUS,
    description: "A webhook's or a callback's receivers may answer with a new status, which the API accepts.",
    message: "{{operation}}: the API now accepts status {{status}} in receivers' responses.",
    why: 'Existing receivers never answer with it; the API only accepts more than before.',
    fix: 'Document what the API does with the new status for receiver authors.',
  }),
  defineRule({
    id: 'receiver-response-status-generalized',
    class: 'additive',
    subject: 'response',
    kind: 'status-generalized',
    when: isReceiverResponse,
    readByApi: true,
    forward: OLD_API_MISREADS_NEW_STATUS,
    description: "A status of a webhook's or a callback's receivers' responses was replaced by the range that covers it (`200` by `2XX`).",
    message: "{{operation}}: the API now accepts any status of the range {{to}} in receivers' responses, where it accepted {{status}}.",
    why: 'Existing receivers answer with the code they were told to; the range still covers it.',
    fix: NOTHING_TO_DO,
  }),
  defineRule({
    id: 'receiver-response-status-removed',
    class: 'breaking',
    subject: 'response',
    kind: 'status-removed',
    when: isReceiverResponse,
    readByApi: true,
    forward: OLD_API_ACCEPTS_REVISION_STATUSES,
    description: "The API no longer accepts a status (success or error) in a webhook's or a callback's receivers' responses.",
    message: "{{operation}}: the API no longer accepts status {{status}} in receivers' responses; receivers answering with it are misread.",
    why: 'Receivers are written against the base and may answer with this status (a `410` to unsubscribe, a `202` to say they queued the event); the API no longer says what it does with it.',
    fix: 'Keep accepting the status, or deprecate the webhook or the callback and add a new one.',
  }),
  defineRule({
    id: 'receiver-response-status-specialized',
    class: 'breaking',
    subject: 'response',
    kind: 'status-specialized',
    when: isReceiverResponse,
    readByApi: true,
    forward: OLD_API_ACCEPTS_REVISION_STATUSES,
    description: "A status range of a webhook's or a callback's receivers' responses was replaced by specific codes it covers (`2XX` by `200`).",
    message: "{{operation}}: the range {{status}} of receivers' responses is now described by status {{to}}; receivers answering with a code of the range the API no longer lists are misread.",
    why: 'Receivers were told any code of the range would do and may answer with one the API no longer accepts.',
    fix: 'Keep accepting the range, or list every code of it receivers may answer with.',
  }),
];

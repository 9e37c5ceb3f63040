import { RECEIVER_RESPONSE, SENT_REQUEST_STATUS, type Change } from '../diff/change.js';

/**
 * A webhook's or a callback's request is sent by the API and read by the receiver's server as a
 * client reads a response, so the response rules judge it, and their messages speak of a response
 * and its status. For such a change these rewrites name the request the API sends and its receivers.
 */
const REWRITES: readonly (readonly [RegExp, string])[] = [
  [
    /the (optional |required |deprecated optional |deprecated required |deprecated )?response (body|property \{\{property\}\}|header \{\{header\}\}) (?:\(status \{\{status\}\}\)|of status \{\{status\}\})/g,
    'the $1$2 of the request the API sends',
  ],
  [/the response \(status \{\{status\}\}\)/g, 'the request the API sends'],
  [/status \{\{status\}\} has a new response header/g, 'the request the API sends has a new header'],
  [/\bresponses \{\{status\}\} as\b/g, 'requests the API sends as'],
  [/\bcan respond \{\{status\}\} as\b/g, 'can send its request as'],
  [/\bresponds \{\{status\}\} as\b/g, 'sends its request as'],
  [/\bresponses (may now|no longer) contain it\b/g, 'requests $1 contain it'],
  [/\bclients\b/g, 'receivers'],
];

/** Whether a change (or its finding) judged as a response is the request a webhook or a callback sends. */
export function isSentRequest(change: Pick<Change, 'direction' | 'data'>): boolean {
  return change.direction === 'response' && change.data.status === SENT_REQUEST_STATUS;
}

/** A response rule's message template, worded for the request the API sends. */
export function asSentRequest(template: string): string {
  return REWRITES.reduce((text, [pattern, words]) => text.replace(pattern, words), template);
}

/** The response a webhook's or a callback's receiver sends back, as messages name it. */
const ANSWER = 'the response receivers send back to the API (status {{status}})';
/** The same where the API is the sentence's subject. */
const ANSWERS = "receivers' responses";

/**
 * The response a webhook's or a callback's receiver sends back is read by the API as a server reads
 * a request, so the request rules judge its body and headers, and their messages speak of a request,
 * its parameters and clients (its statuses have rules of their own, worded for it:
 * ./catalogue/receiver-responses.ts). For such a change these rewrites name that response, its
 * receivers and the API reading it.
 */
const ANSWER_REWRITES: readonly (readonly [RegExp, string])[] = [
  [/the request accepts a new optional property \{\{property\}\}/g, `the API accepts a new optional property {{property}} in ${ANSWERS} (status {{status}})`],
  [/the (deprecated )?request property \{\{property\}\}/g, `the $1property {{property}} of ${ANSWER}`],
  [/\b(a|an optional) request body\b/g, `$1 body in ${ANSWER}`],
  [/\bthe request body\b/g, `the body of ${ANSWER}`],
  [/\brequest bodies (only )?as\b/g, `${ANSWERS} (status {{status}}) $1as`],
  [/\bnew optional \{\{in\}\} parameter \{\{parameter\}\}/g, `new optional header {{parameter}} in ${ANSWER}`],
  [/\{\{in\}\} parameter \{\{parameter\}\}/g, `header {{parameter}} of ${ANSWER}`],
  [/\ba required parameter\b/g, 'a required header'],
  [/\bclients sending `\?\{\{parameter\}\}=`/g, 'receivers sending it empty'],
  [/\bget 415\b/g, 'are misread'],
  [/\bthe server\b/g, 'the API'],
  [/\bfrom requests\b/g, `from ${ANSWERS}`],
  [/\bclients\b/g, 'receivers'],
];

/** Whether a change (or its finding) is about the response a webhook's or a callback's receiver sends back. */
export function isReceiverResponse(change: Pick<Change, 'data'>): boolean {
  return change.data.sentBy === RECEIVER_RESPONSE;
}

/** A request rule's message template, worded for the response receivers send back. */
export function asReceiverResponse(template: string): string {
  return ANSWER_REWRITES.reduce((text, [pattern, words]) => text.replace(pattern, words), template);
}

/** A request rule's template for an edit whose shared schema sits both in requests and in receivers' responses. */
export function alsoAsReceiverResponse(template: string): string {
  return template.replace(/\bthe (?:deprecated )?request (?:property \{\{property\}\}|body)/, `$& (also in ${ANSWERS})`);
}

import { SENT_REQUEST_STATUS, type Change } from '../diff/change.js';

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

import { describe, expect, it } from 'vitest';
import { RECEIVER_RESPONSE, SENT_REQUEST_STATUS, type Change } from '../src/diff/change.js';
import { RULES } from '../src/rules/registry.js';
import { renderMessage } from '../src/rules/render-message.js';
import { direction } from '../src/rules/rule.js';
import { asReceiverResponse, asSentRequest } from '../src/rules/sent-request.js';

/** A webhook's request body property, judged as a response property. */
function sentRequestChange(data: Change['data']): Change {
  return {
    kind: 'became-optional',
    subject: 'response-property',
    direction: 'response',
    operation: { method: 'POST', path: 'sub-issue-added', key: 'POST sub-issue-added' },
    data,
    context: {},
  };
}

describe('messages about a request the API sends (webhooks, callbacks)', () => {
  it('name the request and its receivers, never a response, a status or clients, for every response rule such a request meets', () => {
    // Statuses belong to responses alone: those rules never judge a request the API sends.
    const rules = RULES.filter((rule) => direction(rule) === 'response' && !rule.id.includes('status'));
    expect(rules.length).toBeGreaterThan(150);
    const left = rules.map((rule) => `${rule.id}: ${asSentRequest(rule.message)}`).filter((line) => /respon|\{\{status\}\}|client/i.test(line.slice(line.indexOf(': '))));
    expect(left).toEqual([]);
  });

  it('words a webhook property, header and media type as parts of the request the API sends', () => {
    const property = RULES.find((rule) => rule.id === 'response-property-became-optional')!;
    expect(renderMessage(property.message, sentRequestChange({ status: SENT_REQUEST_STATUS, property: 'sub_issue_id' }), property.id)).toBe(
      'POST sub-issue-added: the property sub_issue_id of the request the API sends became optional.',
    );
    const header = RULES.find((rule) => rule.id === 'response-required-header-removed')!;
    expect(renderMessage(header.message, { ...sentRequestChange({ status: SENT_REQUEST_STATUS, header: 'X-Signature' }), subject: 'response-header', kind: 'removed' }, header.id)).toBe(
      'POST sub-issue-added: the required header X-Signature of the request the API sends was removed; receivers reading it get nothing.',
    );
    const media = RULES.find((rule) => rule.id === 'response-media-type-removed')!;
    expect(renderMessage(media.message, { ...sentRequestChange({ status: SENT_REQUEST_STATUS, mediaType: 'application/xml' }), subject: 'response', kind: 'removed' }, media.id)).toBe(
      'POST sub-issue-added no longer sends its request as application/xml: receivers that accept only it fail.',
    );
  });

  it('leaves the messages of real responses as they are', () => {
    const property = RULES.find((rule) => rule.id === 'response-property-became-optional')!;
    expect(renderMessage(property.message, sentRequestChange({ status: '200', property: 'id' }), property.id)).toBe('POST sub-issue-added: the response property id (status 200) became optional.');
  });
});

/** A change to the response a webhook's receiver sends back (status 200), judged as a request. */
function receiverResponseChange(ruleId: string, data: Change['data']): { template: string; change: Change } {
  const rule = RULES.find((r) => r.id === ruleId)!;
  const change: Change = {
    kind: rule.kind,
    subject: rule.subject,
    direction: direction(rule),
    operation: { method: 'POST', path: 'sub-issue-added', key: 'POST sub-issue-added' },
    data: { status: '200', sentBy: RECEIVER_RESPONSE, ...data },
    context: {},
  };
  return { template: rule.message, change };
}

function rendered(ruleId: string, data: Change['data']): string {
  const { template, change } = receiverResponseChange(ruleId, data);
  return renderMessage(template, change, ruleId);
}

/** Templates only the requests an operation reads meet: the diff compares exploded query values there alone. */
const NEVER_IN_A_RECEIVERS_RESPONSE = new Set(['request-parameter-became-exploded-array']);

describe("messages about the response a webhook's or a callback's receiver sends back", () => {
  it('name that response, its receivers and the API, never a request, a parameter, clients or a server, for every request rule and receivers’ status rule', () => {
    const rules = RULES.filter((rule) => (direction(rule) === 'request' || rule.id.startsWith('receiver-response-')) && !NEVER_IN_A_RECEIVERS_RESPONSE.has(rule.id));
    expect(rules.length).toBeGreaterThan(200);
    const worded = rules.map((rule) => `${rule.id}: ${asReceiverResponse(rule.message)}`);
    // Placeholders aside: `{{parameter}}` names the header.
    const words = (line: string) => line.slice(line.indexOf(': ')).replace(/\{\{\w+\}\}/g, '');
    expect(worded.filter((line) => /request|parameter|client|server|respond/i.test(words(line)))).toEqual([]);
    expect(worded.filter((line) => !/receivers/.test(line))).toEqual([]);
    expect(worded.filter((line) => !/\{\{status\}\}/.test(line))).toEqual([]);
  });

  it('words a property, a header, the body, a media type and a status as parts of the response receivers send back', () => {
    expect(rendered('request-property-removed', { property: 'sub_issue_id' })).toBe(
      'POST sub-issue-added: the property sub_issue_id of the response receivers send back to the API (status 200) was removed without deprecation.',
    );
    expect(rendered('new-required-request-property', { property: 'ack' })).toBe(
      'POST sub-issue-added: the property ack of the response receivers send back to the API (status 200) was added as required; existing receivers do not send it.',
    );
    expect(rendered('request-property-type-narrowed', { property: 'count', from: 'integer | string', to: 'integer' })).toBe(
      'POST sub-issue-added: the property count of the response receivers send back to the API (status 200) narrowed its type from integer | string to integer.',
    );
    expect(rendered('request-property-enum-value-added', { property: 'state', value: 'later' })).toBe(
      'POST sub-issue-added: the property state of the response receivers send back to the API (status 200) has a new enum value later.',
    );
    expect(rendered('request-parameter-added-required', { parameter: 'X-Receipt', header: 'X-Receipt', in: 'header' })).toBe(
      'POST sub-issue-added now requires the header X-Receipt of the response receivers send back to the API (status 200): existing receivers do not send it.',
    );
    expect(rendered('request-parameter-added-optional', { parameter: 'X-Trace', header: 'X-Trace', in: 'header' })).toBe(
      'POST sub-issue-added accepts a new optional header X-Trace in the response receivers send back to the API (status 200).',
    );
    expect(rendered('request-body-type-changed', { from: 'object', to: 'string' })).toBe(
      'POST sub-issue-added: the body of the response receivers send back to the API (status 200) changed its type from object to string.',
    );
    expect(rendered('request-body-media-type-removed', { mediaType: 'application/xml' })).toBe(
      "POST sub-issue-added no longer accepts receivers' responses (status 200) as application/xml: receivers sending it are misread.",
    );
    expect(rendered('new-optional-request-property', { property: 'note' })).toBe("POST sub-issue-added: the API accepts a new optional property note in receivers' responses (status 200).");
    expect(rendered('request-property-became-read-only', { property: 'id' })).toBe(
      "POST sub-issue-added: the property id of the response receivers send back to the API (status 200) became read-only; the API no longer takes it from receivers' responses.",
    );
  });

  it('words a status added, removed, generalized or specialized as what the API accepts in receivers’ responses', () => {
    expect(rendered('receiver-response-status-added', { status: '202' })).toBe("POST sub-issue-added: the API now accepts status 202 in receivers' responses.");
    expect(rendered('receiver-response-status-removed', { status: '410' })).toBe(
      "POST sub-issue-added: the API no longer accepts status 410 in receivers' responses; receivers answering with it are misread.",
    );
    expect(rendered('receiver-response-status-generalized', { status: '200', to: '2XX' })).toBe(
      "POST sub-issue-added: the API now accepts any status of the range 2XX in receivers' responses, where it accepted 200.",
    );
    expect(rendered('receiver-response-status-specialized', { status: '2XX', to: '200' })).toBe(
      "POST sub-issue-added: the range 2XX of receivers' responses is now described by status 200; receivers answering with a code of the range the API no longer lists are misread.",
    );
  });

  it('leaves the messages of real requests and responses as they are', () => {
    const real = (ruleId: string, data: Change['data']) => {
      const { template, change } = receiverResponseChange(ruleId, {});
      return renderMessage(template, { ...change, data }, ruleId);
    };
    expect(real('request-property-removed', { property: 'id' })).toBe('POST sub-issue-added: the request property id was removed without deprecation.');
    expect(real('request-parameter-added-required', { parameter: 'X-Receipt', in: 'header' })).toBe(
      'POST sub-issue-added now requires the header parameter X-Receipt: existing clients do not send it.',
    );
    expect(real('response-status-added', { status: '202' })).toBe('POST sub-issue-added can respond with status 202.');
    expect(real('response-success-status-removed', { status: '202' })).toBe('POST sub-issue-added no longer responds with status 202: clients expecting it get another status.');
  });
});

import { describe, expect, it } from 'vitest';
import { SENT_REQUEST_STATUS, type Change } from '../src/diff/change.js';
import { RULES } from '../src/rules/registry.js';
import { renderMessage } from '../src/rules/render-message.js';
import { direction } from '../src/rules/rule.js';
import { asSentRequest } from '../src/rules/sent-request.js';

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

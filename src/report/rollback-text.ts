// The rollback verdict as the reporters word it: per service, and what to do about each edit
// that denies it. Webhooks and callbacks turn the roles: the API sends the request, receivers
// read it and answer, so their edits speak of receivers and the API rather than clients and a server.
import { RULES } from '../rules/registry.js';
import { isReceiverResponse, isSentRequest } from '../rules/sent-request.js';
import type { Edit, Finding, Report, ServiceInfo } from '../types.js';
import { grouped } from './finding-text.js';

/** For an edit of a rule the registry does not know (reports built by hand). */
const DEFAULT_FIX = 'Ship the server before the clients that rely on this, or let clients cope with a server that does not have it yet.';

/**
 * Whom a finding is about: clients of the API's operations, receivers of the requests it sends
 * (a webhook, a callback, and what they carry), or receivers' responses, which the API reads.
 */
export type Side = 'client' | 'sent' | 'answer';
const SIDES: readonly Side[] = ['client', 'sent', 'answer'];
const CLIENT_SIDE: ReadonlySet<Side> = new Set(['client']);

let subjects: Map<string, string> | undefined;

export function sideOf(finding: Pick<Finding, 'ruleId' | 'direction' | 'data'>): Side {
  if (isReceiverResponse(finding)) return 'answer';
  subjects ??= new Map(RULES.map((r) => [r.id, r.subject]));
  return isSentRequest(finding) || subjects.get(finding.ruleId) === 'webhook' ? 'sent' : 'client';
}

/** The sides of some findings (an edit's); none known reads as clients, as reports built by hand are. */
export function sidesOf(findings: readonly Pick<Finding, 'ruleId' | 'direction' | 'data'>[]): ReadonlySet<Side> {
  const sides = new Set(findings.map(sideOf));
  return sides.size > 0 ? sides : CLIENT_SIDE;
}

/** The sides of each edit of a report, from its findings. */
export type EditSides = (edit: Pick<Edit, 'changes'>) => ReadonlySet<Side>;

export function editSides(report: Pick<Report, 'changes'>): EditSides {
  const byId = new Map(report.changes.map((f) => [f.id, f]));
  return (edit) => sidesOf(edit.changes.map((id) => byId.get(id)).filter((f) => f !== undefined));
}

/** Every edit about clients: for callers without the report's findings. */
const CLIENTS_ONLY: EditSides = () => CLIENT_SIDE;

/** The sides of several edits together (a service's that are not rollback-safe). */
export function sidesOfEdits(edits: readonly Pick<Edit, 'changes'>[], sides: EditSides): ReadonlySet<Side> {
  const all = new Set(edits.flatMap((edit) => [...sides(edit)]));
  return all.size > 0 ? all : CLIENT_SIDE;
}

/**
 * A fix written for clients and a server, worded for receivers and the API: of the requests the
 * API sends, receivers read what the base sends; of their responses, receivers answer as the base expects.
 */
const RECEIVER_FIXES: Record<Exclude<Side, 'client'>, readonly (readonly [RegExp, string])[]> = {
  sent: [
    [/\bwhat the base returns\b/g, 'what the base sends'],
    [/\bthose responses back\b/g, 'those requests back'],
  ],
  answer: [
    [/\bclients send the new form\b/g, 'receivers answer in the new form'],
    [/\bdoes not reject them\b/g, 'does not reject their answers'],
    [/\bkeep clients tolerant of what the base returns\b/g, 'keep receivers answering as the base expects'],
    [/\bbrings those responses back\b/g, 'brings it back'],
  ],
};
const API_FOR_SERVER: readonly (readonly [RegExp, string])[] = [
  [/\bno instance runs\b/g, 'no instance of the API runs'],
  [/\bthe server\b/g, 'the API'],
  [/\ba server\b/g, 'an API'],
  [/\bclients\b/g, 'receivers'],
];

function fixFor(fix: string, side: Side): string {
  if (side === 'client') return fix;
  return [...RECEIVER_FIXES[side], ...API_FOR_SERVER].reduce((text, [pattern, words]) => text.replace(pattern, words), fix);
}

let fixes: Map<string, string> | undefined;

/**
 * What to do so that clients built against the revision survive a server still on the base (the
 * rule's forward `fix`), or receivers of webhooks and callbacks an API still on it; said once per
 * side the edit reaches.
 */
export function rollbackFix(ruleId: string, sides: ReadonlySet<Side> = CLIENT_SIDE): string {
  fixes ??= new Map(RULES.map((r) => [r.id, r.forward.fix]));
  const fix = fixes.get(ruleId) ?? DEFAULT_FIX;
  const worded = [...new Set(SIDES.filter((side) => sides.has(side)).map((side) => fixFor(fix, side)))];
  if (sides.has('client') && worded.length > 1) return `${worded[0]} For webhooks and callbacks: ${worded.slice(1).join(' ')}`;
  return worded.join(' ');
}

/** `yes`, `no`, or undefined for a report built without the verdict. */
export function rollbackAnswer(service: Pick<ServiceInfo, 'rollbackSafe'>): 'yes' | 'no' | undefined {
  return service.rollbackSafe === undefined ? undefined : service.rollbackSafe ? 'yes' : 'no';
}

/** One of three wordings, by whom the edits reach: clients alone, webhook and callback receivers alone, or both. */
function byWhom(sides: ReadonlySet<Side>, words: { clients: string; receivers: string; both: string }): string {
  if (!sides.has('sent') && !sides.has('answer')) return words.clients;
  return sides.has('client') ? words.both : words.receivers;
}

/** One sentence after `rollback-safe: yes|no`: what it means for this service, whose unsafe edits have these sides. */
export function describeRollback(service: Pick<ServiceInfo, 'rollbackSafe' | 'rollbackUnsafeEdits'>, sides: ReadonlySet<Side> = CLIENT_SIDE): string {
  if (service.rollbackSafe) return 'clients built against the revision keep working when the base answers them (a rollback, a canary).';
  const n = service.rollbackUnsafeEdits?.length ?? 0;
  const clients = 'clients built against the revision fail when the base answers them';
  const who = byWhom(sides, {
    clients,
    receivers: 'webhook and callback receivers built against the revision fail when the base calls them',
    both: `${clients}, or webhook and callback receivers built against it fail when the base calls them`,
  });
  return `${n === 1 ? '1 edit' : `${grouped(n)} edits`} can make ${who} (a rollback, a canary).`;
}

/** Why an edit is not rollback-safe, before what to do about it (HTML). */
export function rollbackReason(sides: ReadonlySet<Side>): string {
  const clients = 'clients built against the revision can fail on it when the base answers';
  return byWhom(sides, {
    clients,
    receivers: 'webhook and callback receivers built against the revision can fail on it when the base calls them',
    both: `${clients}, and webhook and callback receivers when the base calls them`,
  });
}

/** What the list of edits that are not rollback-safe opens with (Markdown). */
export function rollbackIntro(sides: ReadonlySet<Side>): string {
  const clients = 'Clients built against the revision can fail on these when the base answers them';
  const instances = 'after a rollback, or while old and new instances of the API run side by side (a canary).';
  return byWhom(sides, {
    clients: `${clients}: after a rollback, or while old and new instances answer side by side (a canary).`,
    receivers: `Webhook and callback receivers built against the revision can fail on these when the base calls them: ${instances}`,
    both: `${clients}, and webhook and callback receivers built against it when the base calls them: ${instances}`,
  });
}

/** Ids of the edits the report's services name as not rollback-safe. */
export function rollbackUnsafeIds(report: Pick<Report, 'services'>): Set<string> {
  return new Set(report.services.flatMap((s) => s.rollbackUnsafeEdits ?? []));
}

/** `no: 2 edits can make … (edits 1a2b3c4d5e, 6f7a8b9c0d).`, or `yes: …`, for formats with one line per service. */
export function rollbackLine(service: Pick<ServiceInfo, 'rollbackSafe' | 'rollbackUnsafeEdits'>, sides: ReadonlySet<Side> = CLIENT_SIDE): string | undefined {
  const answer = rollbackAnswer(service);
  if (!answer) return undefined;
  const ids = service.rollbackUnsafeEdits ?? [];
  const which = ids.length > 0 ? ` Edits: ${ids.join(', ')}.` : '';
  return `${answer}: ${describeRollback(service, sides)}${which}`;
}

/**
 * The edits grouped by what to do about them, groups in order of first appearance: many edits
 * share a fix (every new operation), and a list says it once per group rather than per edit.
 */
export function byRollbackFix(edits: readonly Edit[], sides: EditSides = CLIENTS_ONLY): { fix: string; edits: Edit[] }[] {
  const groups = new Map<string, Edit[]>();
  for (const edit of edits) {
    const fix = rollbackFix(edit.ruleId, sides(edit));
    const group = groups.get(fix);
    if (group) group.push(edit);
    else groups.set(fix, [edit]);
  }
  return [...groups].map(([fix, members]) => ({ fix, edits: members }));
}

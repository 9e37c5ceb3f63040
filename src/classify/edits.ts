// Edits: the findings grouped by the one change in the documents that caused them. A change to a
// shared component gives one finding per operation that uses it; a reader wants it once, with the
// operations it affects.
import type { ChangeClass, Edit, EditSummary, Finding, OperationRef, ReportSummary, Summary } from '../types.js';
import { SENT_REQUEST_STATUS } from '../diff/change.js';
import { RULES } from '../rules/registry.js';
import { alsoAsReceiverResponse, asReceiverResponse, asSentRequest, isReceiverResponse, isSentRequest } from '../rules/sent-request.js';
import { shortHash } from './classify.js';

/** The message template of a rule id, when known: edit messages are rendered from it. */
export type TemplateOf = (ruleId: string) => string | undefined;

let templates: Map<string, string> | undefined;
/** The registry's templates. */
export const registryTemplate: TemplateOf = (ruleId) => (templates ??= new Map(RULES.map((r) => [r.id, r.message]))).get(ruleId);

/**
 * One edit per (service, rule, class, forward verdict, base location, revision location), in the order of the
 * findings' first appearance (findings come sorted); sets `edit` on every finding.
 */
export function groupEdits(findings: Finding[], templateOf: TemplateOf): Edit[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = editKey(finding);
    const members = groups.get(key);
    if (members) members.push(finding);
    else groups.set(key, [finding]);
  }
  const taken = new Set<string>();
  const edits: Edit[] = [];
  for (const members of groups.values()) {
    const edit = toEdit(members, templateOf, taken);
    for (const finding of members) finding.edit = edit.id;
    edits.push(edit);
  }
  return edits;
}

function editKey(f: Finding): string {
  return [f.service ?? '', f.ruleId, f.class, f.forward, f.base?.file ?? '', f.base?.pointer ?? '', f.revision?.file ?? '', f.revision?.pointer ?? ''].join('\u0000');
}

function toEdit(members: Finding[], templateOf: TemplateOf, taken: Set<string>): Edit {
  const first = members[0];
  const operations: OperationRef[] = [];
  const seen = new Set<string>();
  for (const { operation } of members) {
    if (!operation || seen.has(`${operation.method} ${operation.path}`)) continue;
    seen.add(`${operation.method} ${operation.path}`);
    operations.push({ method: operation.method, path: operation.path });
  }
  const accepted = members.every((f) => f.accepted) ? first.accepted : undefined;
  const expired = accepted ? undefined : members.find((f) => f.acceptanceExpired)?.acceptanceExpired;
  // Removals and policy findings name their sunset in the sentence; a deprecation shows it beside.
  const sunset = first.class === 'deprecation' ? first.data.sunset : undefined;
  return {
    id: editId(first, taken),
    ruleId: first.ruleId,
    class: first.class,
    forward: first.forward,
    direction: first.direction,
    message: editMessage(members, operations, templateOf(first.ruleId)),
    ...(first.service !== undefined ? { service: first.service } : {}),
    ...(first.base ? { base: { ...first.base } } : {}),
    ...(first.revision ? { revision: { ...first.revision } } : {}),
    operations,
    changes: members.map((f) => f.id),
    ...(accepted ? { accepted } : {}),
    ...(expired ? { acceptanceExpired: expired } : {}),
    ...(typeof sunset === 'string' && sunset !== '' ? { sunset } : {}),
  };
}

/**
 * Stable like a finding id: the rule, service and both pointers, so it survives line shifts and
 * new operations using the same component. The rare second edit with the same pointers (another
 * class on an unstable operation, the same pointer in another file, another forward verdict) hashes its distinguishing field too.
 */
function editId(f: Finding, taken: Set<string>): string {
  const stable = ['edit', f.ruleId, f.service ?? '', f.base?.pointer ?? '', f.revision?.pointer ?? ''];
  let id = shortHash(stable.join('\u0000'));
  for (const extra of [f.class, f.base?.file ?? '', f.revision?.file ?? '', f.forward]) {
    if (!taken.has(id)) break;
    stable.push(extra);
    id = shortHash(stable.join('\u0000'));
  }
  taken.add(id);
  return id;
}

/** How many values of a placeholder are named before "and N more". */
const LISTED_VALUES = 3;

/**
 * The rule's sentence about the edit rather than one operation: a leading `{{operation}}: ` goes
 * when there are several (they are listed beside), elsewhere it becomes their count; a value that differs between operations becomes the common part of
 * its paths (`permissions.team_discussions`) or a short list (`200, 201`).
 */
export function editMessage(members: Finding[], operations: OperationRef[], template: string | undefined): string {
  const first = members[0];
  if (members.every((f) => f.message === first.message)) return first.message;
  if (template === undefined) return first.message;
  // Every finding about a request the API sends: worded as their own messages are.
  if (members.every(isSentRequest)) template = asSentRequest(template);
  // Every finding about the response a receiver sends back: likewise; some of them: said beside the request's.
  else if (members.every(isReceiverResponse)) template = asReceiverResponse(template);
  else if (members.some(isReceiverResponse)) template = alsoAsReceiverResponse(template);
  // Whatever classification appended to the rule's sentence (the stability note) stays when all share it.
  const rendered = render(template, (name) => (name === 'operation' ? operationLabel(first.operation) : String(first.data[name] ?? '')));
  const tail = first.message.startsWith(rendered) ? first.message.slice(rendered.length) : '';
  const sharedTail = tail !== '' && members.every((f) => f.message.endsWith(tail)) ? tail : '';
  // "GET /a: the property …" about several operations reads "The property …"; the operations are listed beside.
  const lead = '{{operation}}: ';
  const about = operations.length > 1 && template.startsWith(lead) ? capitalize(template.slice(lead.length)) : template;
  return (
    render(about, (name) => {
      if (name === 'operation') return operations.length === 1 ? operationLabel(operations[0]) : `${operations.length} operations`;
      const values = [...new Set(members.map((f) => f.data[name]).filter((v) => v !== undefined).map(String))];
      if (values.length <= 1) return values[0] ?? '';
      if (name === 'status') return statusList(values);
      return (name === 'property' ? commonPath(values) : undefined) ?? listOf(values);
    }) + sharedTail
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function render(template: string, value: (name: string) => string): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => value(name));
}

function operationLabel(operation: OperationRef | undefined): string {
  return operation ? `${operation.method} ${operation.path}` : '(whole API)';
}

/** `a.b.c` and `x[].b.c` → `b.c`: the property as the shared component names it. */
function commonPath(values: string[]): string | undefined {
  const split = values.map((v) => v.split('.'));
  const common: string[] = [];
  for (let i = 1; i <= split[0].length; i++) {
    const part = split[0][split[0].length - i];
    if (part === '[]' || split.some((parts) => parts[parts.length - i] !== part)) break;
    common.unshift(part);
  }
  return common.length > 0 ? common.join('.') : undefined;
}

/** `200, 201; also in the requests the API sends`: a shared schema in responses and in webhook or callback requests. */
function statusList(values: string[]): string {
  const statuses = values.filter((v) => v !== SENT_REQUEST_STATUS);
  return statuses.length < values.length ? `${listOf(statuses)}; also in the requests the API sends` : listOf(values);
}

function listOf(values: string[]): string {
  const shown = values.slice(0, LISTED_VALUES).join(', ');
  return values.length > LISTED_VALUES ? `${shown} and ${values.length - LISTED_VALUES} more` : shown;
}

/** Findings grouped into edits (setting each finding's `edit`), and the counts of both. */
export function withEdits(findings: Finding[], templateOf: TemplateOf = registryTemplate): { edits: Edit[]; summary: ReportSummary } {
  const edits = groupEdits(findings, templateOf);
  return { edits, summary: { ...countClasses(findings), edits: countClasses(edits) } };
}

/** Counts per class, and how many of each are accepted. */
export function countClasses(items: readonly { class: ChangeClass; accepted?: unknown }[]): EditSummary {
  const summary: Summary = { breaking: 0, deprecation: 0, additive: 0 };
  const accepted: Summary = { breaking: 0, deprecation: 0, additive: 0 };
  for (const item of items) {
    summary[item.class]++;
    if (item.accepted) accepted[item.class]++;
  }
  return { ...summary, accepted };
}

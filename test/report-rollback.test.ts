import { describe, expect, it } from 'vitest';
import { RECEIVER_RESPONSE } from '../src/diff/change.js';
import { withEdits } from '../src/classify/edits.js';
import { withRollback } from '../src/classify/rollback.js';
import { renderChangelog } from '../src/report/changelog.js';
import { renderGithub } from '../src/report/github.js';
import { renderHtml } from '../src/report/html.js';
import { renderJson } from '../src/report/json.js';
import { renderJunit } from '../src/report/junit.js';
import { renderMarkdown, renderMarkdownWithin } from '../src/report/markdown.js';
import { rollbackFix } from '../src/report/rollback-text.js';
import { RULES } from '../src/rules/registry.js';
import { renderSarif } from '../src/report/sarif.js';
import { renderText } from '../src/report/text.js';
import type { Finding, Report } from '../src/types.js';
import { reportOf } from './support/report-of.js';

const OPTIONS = { color: false, failOn: 'breaking' } as const;

function finding(service: string, ruleId: string, path: string, extra: Partial<Finding>): Finding {
  return {
    id: `${service}-${ruleId}-${path}`,
    ruleId,
    class: 'additive',
    direction: 'none',
    forward: 'compatible',
    message: `GET ${path} changed.`,
    data: {},
    service,
    operation: { method: 'GET', path },
    revision: { file: service ? `api-surface/${service}/openapi.yaml` : 'openapi.yaml', pointer: `/paths/~1${path.slice(1)}`, line: 7 },
    ...extra,
  };
}

/**
 * `auth`: a new operation (forward breaking) and a new optional response property (compatible);
 * `users`: a removed operation (backward breaking, forward compatible) and a new operation whose
 * forward break is accepted.
 */
function skewReport(): Report {
  return reportOf(
    [
      finding('auth', 'operation-added', '/tokens', { forward: 'breaking', message: 'GET /tokens was added.' }),
      finding('auth', 'response-optional-property-added', '/me', { message: 'GET /me: the response property nickname was added.' }),
      finding('users', 'operation-removed-without-deprecation', '/old', { class: 'breaking', message: 'GET /old was removed without being deprecated first.' }),
      finding('users', 'operation-added', '/new', { forward: 'breaking', message: 'GET /new was added.', accepted: { reason: 'clients feature-detect it', expires: '2099-01-01' } }),
    ],
    [{ name: 'auth', baseVersion: '1.0.0', revisionVersion: '1.1.0' }, { name: 'users', baseVersion: '2.0.0', revisionVersion: '3.0.0' }],
  );
}

describe('rollback verdict per service', () => {
  it('is safe when no edit but accepted ones is forward breaking, and names the edits that are', () => {
    const changes = skewReport().changes;
    const { edits } = withEdits(changes);
    const added = edits.find((e) => e.ruleId === 'operation-added' && e.service === 'auth')!;
    expect(withRollback([{ name: 'auth' }, { name: 'users' }, { name: 'empty' }], edits)).toEqual([
      { name: 'auth', rollbackSafe: false, rollbackUnsafeEdits: [added.id] },
      { name: 'users', rollbackSafe: true, rollbackUnsafeEdits: [] },
      { name: 'empty', rollbackSafe: true, rollbackUnsafeEdits: [] },
    ]);
  });

  it('belongs to the unnamed service of a single diff', () => {
    const { edits } = withEdits([finding('', 'operation-added', '/a', { service: undefined, forward: 'breaking' })]);
    expect(withRollback([{ name: '' }], edits)).toEqual([{ name: '', rollbackSafe: false, rollbackUnsafeEdits: [edits[0].id] }]);
  });
});

describe('every format shows it', () => {
  const report = skewReport();
  const unsafe = report.edits.find((e) => e.ruleId === 'operation-added' && e.service === 'auth')!;
  const fix = rollbackFix('operation-added');

  it('says what to do with the rule\'s forward fix', () => {
    expect(fix).toBe(RULES.find((r) => r.id === 'operation-added')!.forward.fix);
    expect(fix).toMatch(/^Ship the server first/);
  });

  it('text: a line per service, and what to do under the edit', () => {
    const text = renderText(report, OPTIONS);
    expect(text).toContain(`  + [auth] operation-added [${unsafe.id}]\n      GET /tokens was added.\n      not rollback-safe: ${fix}\n`);
    expect(text.match(/not rollback-safe:/g)).toHaveLength(1);
    expect(text).toContain(
      'rollback-safe [auth]: no: 1 edit can make clients built against the revision fail when the base answers them (a rollback, a canary).\n✔ auth   0 breaking, 0 deprecation, 2 additive; rollback-safe: no\n✖ users  1 breaking, 0 deprecation, 1 additive, 1 of them accepted; rollback-safe: yes\n',
    );
    expect(text).not.toContain('rollback-safe [users]');
  });

  it('text: the verdict names the services held to another direction', () => {
    const lines = renderText(report, { ...OPTIONS, serviceCompatibility: { auth: 'full' } }).trimEnd().split('\n');
    expect(lines.slice(-3)).toEqual([
      '✖ auth   0 breaking, 0 deprecation, 2 additive; rollback-safe: no',
      '✖ users  1 breaking, 0 deprecation, 1 additive, 1 of them accepted; rollback-safe: yes',
      '✖ 1 breaking edit (1 change), 0 deprecation, 3 additive edits, 1 of them accepted (3 changes): fails the policy (--fail-on breaking; auth: compatibility full)',
    ]);
    const forward = renderText(report, { ...OPTIONS, compatibility: 'forward', serviceCompatibility: { users: 'backward' } }).trimEnd().split('\n');
    expect(forward.at(-1)).toMatch(/: fails the policy \(--fail-on breaking --compatibility forward; users: compatibility backward\)$/);
  });

  it('markdown: a column of the table, and a folded list with what to do', () => {
    const md = renderMarkdown(report, OPTIONS);
    expect(md).toContain('| Service | Breaking edits (changes) | Deprecation edits (changes) | Additive edits (changes) | info.version | Required bump | Rollback-safe |');
    expect(md).toContain('| auth | 0 (0) | 0 (0) | 2 (2) | 1.0.0 → 1.1.0 (minor) | minor | **no** (1 edit) |');
    expect(md).toContain('| users | 1 (1) | 0 (0) | 1, 1 of them accepted (1) | 2.0.0 → 3.0.0 (major) | major | yes |');
    expect(md).toContain(
      `<details><summary>Not rollback-safe: 1 edit</summary>\n\nClients built against the revision can fail on these when the base answers them: after a rollback, or while old and new instances answer side by side (a canary).\n\n**What to do:** ${fix}\n\n- **[auth] \`operation-added\`** \`${unsafe.id}\`  \n  GET /tokens was added.\n\n</details>`,
    );
    expect(md.indexOf('### Breaking changes')).toBeLessThan(md.indexOf('Not rollback-safe: 1 edit'));
    expect(md.indexOf('Not rollback-safe: 1 edit')).toBeLessThan(md.indexOf('Additive changes'));
  });

  it('markdown: the list is left out after additive edits and deprecations, before breaking ones', () => {
    const many = reportOf(
      Array.from({ length: 40 }, (_, i) => [
        finding('', 'operation-added', `/added/${i}`, { service: undefined, forward: 'breaking', message: `GET /added/${i} was added, with a sentence long enough to take some room.` }),
        finding('', 'operation-removed-without-deprecation', `/gone/${i}`, { service: undefined, class: 'breaking', message: `GET /gone/${i} was removed, with a sentence long enough to take some room.` }),
      ]).flat(),
    );
    const tight = renderMarkdownWithin(many, OPTIONS, 5000);
    expect(tight.length).toBeLessThanOrEqual(5000);
    expect(tight).toContain('_40 more additive edits left out');
    expect(tight).toContain('_40 more edits that are not rollback-safe left out');
    expect(tight).toMatch(/_\d+ more breaking edits left out/);
    const roomier = renderMarkdownWithin(many, OPTIONS, 9000);
    expect(roomier.length).toBeLessThanOrEqual(9000);
    expect(roomier).toContain('_40 more additive edits left out');
    expect(roomier).toMatch(/_\d+ more edits that are not rollback-safe left out/);
    expect(roomier).not.toContain('_40 more edits that are not rollback-safe');
    expect(roomier).not.toContain('more breaking edits left out');
  });

  it('html: a column, a sentence per service, a badge with what to do, and a filter', () => {
    const html = renderHtml(report, OPTIONS);
    expect(html).toContain('<th scope="col">Required bump</th><th scope="col">Rollback-safe</th></tr></thead>');
    expect(html).toContain('<td>1.0.0 → 1.1.0 (minor)</td><td>minor</td><td><strong class="rollback">no</strong> <small>1 edit</small></td></tr>');
    expect(html).toContain('<td>2.0.0 → 3.0.0 (major)</td><td>major</td><td>yes</td></tr>');
    expect(html).toContain(
      '<li><strong>auth</strong>: The changes require a minor version bump; info.version 1.0.0 → 1.1.0 (minor). Rollback-safe: no: 1 edit can make clients built against the revision fail when the base answers them (a rollback, a canary).</li>',
    );
    expect(html).toContain(`id="e-${unsafe.id}" data-class="additive" data-service="auth" data-rule="operation-added" data-rollback="unsafe">`);
    expect(html).toContain('<span class="badge rollback">not rollback-safe</span>');
    expect(html).toContain(`<p class="rollback q">Not rollback-safe: clients built against the revision can fail on it when the base answers. What to do: ${fix}</p>`);
    expect(html.match(/data-rollback="unsafe"/g)).toHaveLength(1);
    expect(html.match(/data-rollback="safe"/g)).toHaveLength(3);
    expect(html).toContain(
      '<div role="group" aria-label="Rollback"><button type="button" data-filter="rollback" data-value="all" aria-pressed="true">Any rollback <span class="count">4</span></button><button type="button" data-filter="rollback" data-value="unsafe" aria-pressed="false">Not rollback-safe <span class="count">1</span></button><button type="button" data-filter="rollback" data-value="safe" aria-pressed="false">Rollback-safe <span class="count">3</span></button></div>',
    );
  });

  it('html: no rollback filter when every edit is rollback-safe', () => {
    const safe = reportOf([finding('', 'response-optional-property-added', '/me', { service: undefined })]);
    const html = renderHtml(safe, OPTIONS);
    expect(html).not.toContain('aria-label="Rollback"');
    expect(html).toContain('<td>yes</td></tr>');
  });

  it('json: services entries, the rollback array and the forward verdict of each edit', () => {
    const json = JSON.parse(renderJson(report, OPTIONS)) as { services: unknown[]; rollback: unknown[]; edits: { id: string; forward: string }[] };
    expect(json.services).toEqual([
      { name: 'auth', baseVersion: '1.0.0', revisionVersion: '1.1.0', rollbackSafe: false, rollbackUnsafeEdits: [unsafe.id] },
      { name: 'users', baseVersion: '2.0.0', revisionVersion: '3.0.0', rollbackSafe: true, rollbackUnsafeEdits: [] },
    ]);
    expect(json.rollback).toEqual([
      { service: 'auth', safe: false, edits: [unsafe.id] },
      { service: 'users', safe: true, edits: [] },
    ]);
    expect(json.edits.map((e) => e.forward)).toEqual(report.edits.map((e) => e.forward));
    expect(json.edits.find((e) => e.id === unsafe.id)!.forward).toBe('breaking');
  });

  it('changelog: a line per service, and the edits with what to do after the breaking ones', () => {
    const notes = renderChangelog(report, OPTIONS);
    expect(notes).toContain(
      `## auth 1.1.0\n\nThe changes require a minor version bump; info.version 1.0.0 → 1.1.0 (minor).\n\nRollback-safe: no: 1 edit can make clients built against the revision fail when the base answers them (a rollback, a canary).\n\n### Not rollback-safe\n\nWhat to do: ${fix}\n\n- GET /tokens was added. (\`api-surface/auth/openapi.yaml:7\`)\n\n### Added\n`,
    );
    expect(notes).toContain('Rollback-safe: yes: clients built against the revision keep working');
  });

  it('junit, sarif and github: per service, with the edit ids', () => {
    expect(renderJunit(report, OPTIONS)).toContain(
      `<property name="rollback-safe" value="no: 1 edit can make clients built against the revision fail when the base answers them (a rollback, a canary). Edits: ${unsafe.id}."/>`,
    );
    const sarif = JSON.parse(renderSarif(report, OPTIONS)) as { runs: { properties: { rollback: unknown[] }; results: { properties: Record<string, unknown> }[] }[] };
    expect(sarif.runs[0].properties.rollback).toEqual([
      { service: 'auth', safe: false, edits: [unsafe.id], summary: `no: 1 edit can make clients built against the revision fail when the base answers them (a rollback, a canary). Edits: ${unsafe.id}.` },
      { service: 'users', safe: true, edits: [], summary: 'yes: clients built against the revision keep working when the base answers them (a rollback, a canary).' },
    ]);
    const flagged = sarif.runs[0].results.filter((r) => r.properties.rollbackSafe === false);
    expect(flagged.map((r) => r.properties.rollbackFix)).toEqual([fix]);
    expect(renderGithub(report, OPTIONS)).toContain(
      `::notice title=Rollback-safe%3A auth::auth: rollback-safe: no: 1 edit can make clients built against the revision fail when the base answers them (a rollback, a canary). Edits: ${unsafe.id}.\n`,
    );
  });
});

describe('webhooks and callbacks: the rollback advice speaks of receivers and the API', () => {
  const hook = (ruleId: string, direction: Finding['direction'], data: Finding['data'], message: string, extra: Partial<Finding> = {}) =>
    finding('', ruleId, '/unused', {
      service: undefined,
      class: 'breaking',
      forward: 'breaking',
      direction,
      data,
      message,
      operation: { method: 'POST', path: 'check-run-completed' },
      revision: { file: 'openapi.yaml', pointer: `/webhooks/check-run-completed/${ruleId}`, line: 9 },
      ...extra,
    });
  // The request the API sends: its property narrowed, which receivers built against the revision may not handle.
  const sent = hook('response-property-type-narrowed', 'response', { status: 'request', property: 'id' }, 'POST check-run-completed: the property id of the request the API sends narrowed its type.');
  // The response receivers send back: its property widened, which a base API rejects.
  const answer = hook('request-property-type-widened', 'request', { status: '200', sentBy: RECEIVER_RESPONSE, property: 'count' }, 'POST check-run-completed: the property count of the response receivers send back to the API (status 200) widened its type.');
  const receivers = reportOf([sent, answer]);
  const sentFix =
    'Ship the API first, and keep receivers tolerant of what the base sends until no instance of the API runs it: a canary or a rollback brings those requests back.';
  const answerFix =
    'Ship the API first: receivers answer in the new form only once no instance of the API runs the base (feature-detect it, or keep it behind a flag until the rollout is done), so a canary or a rollback does not reject their answers.';
  const summary = '2 edits can make webhook and callback receivers built against the revision fail when the base calls them (a rollback, a canary).';

  it("words every rule's forward fix for receivers and the API, never clients or a server", () => {
    const worded = RULES.flatMap((rule) => (['sent', 'answer'] as const).map((side) => `${rule.id} (${side}): ${rollbackFix(rule.id, new Set([side]))}`));
    expect(worded.filter((line) => /client|server/i.test(line.slice(line.indexOf(': '))))).toEqual([]);
    expect(rollbackFix('a-rule-of-a-report-built-by-hand', new Set(['sent']))).toBe('Ship the API before the receivers that rely on this, or let receivers cope with an API that does not have it yet.');
  });

  it('text: what to do under each edit, and who can fail per service', () => {
    const text = renderText(receivers, OPTIONS);
    expect(text).toContain(`not rollback-safe: ${sentFix}\n`);
    expect(text).toContain(`not rollback-safe: ${answerFix}\n`);
    expect(text).toContain(`rollback-safe: no: ${summary}\n`);
    expect(text).not.toMatch(/client|server/i);
  });

  it('markdown, changelog, junit, github and sarif say the same', () => {
    const md = renderMarkdown(receivers, OPTIONS);
    expect(md).toContain(
      'Webhook and callback receivers built against the revision can fail on these when the base calls them: after a rollback, or while old and new instances of the API run side by side (a canary).\n\n',
    );
    expect(md).toContain(`**What to do:** ${sentFix}\n`);
    expect(md).toContain(`**What to do:** ${answerFix}\n`);
    expect(md).not.toMatch(/client|server/i);
    const notes = renderChangelog(receivers, OPTIONS);
    expect(notes).toContain(`Rollback-safe: no: ${summary}\n`);
    expect(notes).toContain(`What to do: ${sentFix}\n`);
    expect(notes).not.toMatch(/client|server/i);
    const ids = receivers.edits.map((e) => e.id).join(', ');
    expect(renderJunit(receivers, OPTIONS)).toContain(`<property name="rollback-safe" value="no: ${summary} Edits: ${ids}."/>`);
    expect(renderGithub(receivers, OPTIONS)).toContain(`::notice title=Rollback-safe%3A API::API: rollback-safe: no: ${summary} Edits: ${ids}.\n`);
    const sarif = JSON.parse(renderSarif(receivers, OPTIONS)) as { runs: { properties: { rollback: { summary: string }[] }; results: { properties: Record<string, unknown> }[] }[] };
    expect(sarif.runs[0].properties.rollback.map((r) => r.summary)).toEqual([`no: ${summary} Edits: ${ids}.`]);
    expect(sarif.runs[0].results.map((r) => r.properties.rollbackFix)).toEqual([sentFix, answerFix]);
  });

  it('html: why each edit is not rollback-safe names receivers', () => {
    const html = renderHtml(receivers, OPTIONS);
    expect(html).toContain(`<p class="rollback q">Not rollback-safe: webhook and callback receivers built against the revision can fail on it when the base calls them. What to do: ${sentFix}</p>`);
    expect(html).toContain(`Rollback-safe: no: ${summary}`);
  });

  it("with an operation's edit too, names clients and receivers; an edit reaching both says what to do for each", () => {
    const shared = { revision: { file: 'openapi.yaml', pointer: '/components/schemas/run/properties/id', line: 30 } };
    const ofOperation = finding('', 'response-property-type-narrowed', '/runs', { service: undefined, class: 'breaking', forward: 'breaking', direction: 'response', data: { status: '200', property: 'id' }, ...shared });
    const ofWebhook = { ...sent, id: 'shared-hook', ...shared };
    const mixed = reportOf([ofOperation, ofWebhook, answer]);
    const both = mixed.edits.find((e) => e.changes.length === 2)!;
    const clientFix = rollbackFix('response-property-type-narrowed');
    expect(clientFix).toMatch(/^Ship the server first, and keep clients tolerant/);
    const text = renderText(mixed, OPTIONS);
    expect(text).toContain(`  ✖ response-property-type-narrowed [${both.id}]`);
    expect(text).toContain(`not rollback-safe: ${clientFix} For webhooks and callbacks: ${sentFix}\n`);
    expect(text).toContain(
      'rollback-safe: no: 2 edits can make clients built against the revision fail when the base answers them, or webhook and callback receivers built against it fail when the base calls them (a rollback, a canary).\n',
    );
    expect(renderMarkdown(mixed, OPTIONS)).toContain(
      'Clients built against the revision can fail on these when the base answers them, and webhook and callback receivers built against it when the base calls them: after a rollback, or while old and new instances of the API run side by side (a canary).\n\n',
    );
    expect(renderHtml(mixed, OPTIONS)).toContain(
      '<p class="rollback q">Not rollback-safe: clients built against the revision can fail on it when the base answers, and webhook and callback receivers when the base calls them. What to do: ',
    );
  });
});

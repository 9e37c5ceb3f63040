import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/report/html.js';
import type { Finding } from '../src/types.js';
import { reportOf } from './support/report-of.js';
import { twoServices } from './support/two-services.js';

const OPTIONS = { color: false, failOn: 'breaking' } as const;

/** A finding of one shared component's edit, as seen from one operation. */
function sharedFinding(path: string, extra: Partial<Finding> = {}): Finding {
  return {
    id: `f-${path}`,
    ruleId: 'response-optional-property-removed',
    class: 'breaking',
    forward: 'compatible',
    direction: 'response',
    message: `GET ${path}: the response property legacy was removed.`,
    data: { property: 'legacy' },
    operation: { method: 'GET', path },
    base: { file: 'base.json', pointer: '/components/schemas/Thing/properties/legacy', line: 1, column: 260 },
    revision: { file: 'revision.json', pointer: '/components/schemas/Thing/properties', line: 1, column: 250 },
    ...extra,
  };
}

describe('HTML report', () => {
  const html = renderHtml(twoServices(), OPTIONS);

  it('escapes text from the contract', () => {
    expect(html).toContain('was removed &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;.');
    expect(html).not.toContain('<script>alert(1)');
  });

  it('loads nothing from outside: no src or stylesheet links, and a policy that forbids requests', () => {
    expect(html).not.toMatch(/\ssrc=|<link\b|@import|url\(/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`);
  });

  it('has a summary row, a section and a service filter with its count per service', () => {
    expect(html).toContain('<tr><th scope="row">orders</th><td class="num breaking">1</td><td class="num deprecation">0</td><td class="num additive">0</td><td>1.2.0 (unchanged)</td><td>major</td><td>yes</td></tr>');
    expect(html).toContain('<tr><th scope="row">users</th><td class="num breaking">0</td><td class="num deprecation">0</td><td class="num additive">1</td><td>0.3.0 → 0.4.0 (minor)</td><td>minor</td><td><strong class="rollback">no</strong> <small>1 edit</small></td></tr>');
    expect(html).toContain('<button type="button" data-filter="service" data-value="orders" aria-pressed="false">orders <span class="count">1</span></button>');
    expect(html).toContain('<button type="button" data-filter="service" data-value="users" aria-pressed="false">users <span class="count">1</span></button>');
    expect(html).toContain('<section class="service" data-service="orders" aria-label="orders">\n<h2>orders</h2>\n<p class="service-verdict">Edits: 1 breaking, 0 deprecation, 0 additive, from 1 change. The changes require a major version bump; info.version is unchanged (1.2.0), so the next release needs it. Rollback-safe: yes: clients built against the revision keep working when the base answers them (a rollback, a canary).</p>');
  });

  it('offers every rule in the rule filter with its count, and explains each rule once at the end', () => {
    expect(html).toContain('<a class="rule" href="#r-operation-added" title="A new operation.">operation-added</a>');
    expect(html).toContain('<dt id="r-operation-added"><code>operation-added</code></dt><dd><p>A new operation.</p><p>Why it matters: New operations do not affect existing clients.</p>');
    expect(html.match(/<dt id=/g)).toHaveLength(2);
    expect(html).toContain('<option value="all">All rules (2)</option><option value="operation-added">operation-added (1)</option><option value="operation-removed-without-deprecation">operation-removed-without-deprecation (1)</option>');
  });

  it('still gives file and line when no source text was handed over', () => {
    expect(html).toContain('<figcaption class="q">revision: <code>api-surface/orders/openapi.yaml:6</code></figcaption></figure>');
    expect(html).not.toContain('<pre>');
  });

  it('shows an edit once, with its operations folded and the line and column of each side', () => {
    const report = reportOf(['/a', '/b', '/c', '/d', '/e'].map((p) => sharedFinding(p)));
    expect(report.edits).toHaveLength(1);
    const page = renderHtml(report, OPTIONS);
    expect(page.match(/<article /g)).toHaveLength(1);
    expect(page).toContain(
      '<details class="ops q"><summary>5 operations: <code>GET /a</code>, <code>GET /b</code>, <code>GET /c</code> and 2 more</summary><ul><li><code>GET /a</code></li><li><code>GET /b</code></li><li><code>GET /c</code></li><li><code>GET /d</code></li><li><code>GET /e</code></li></ul></details>',
    );
    expect(page).toContain('<figcaption class="q">base: <code>base.json:1:260</code></figcaption>');
    expect(page).toContain('<td class="num breaking">1 <small>5 changes</small></td>');
  });

  it('quotes about 200 characters of a minified line around the column, not the line', () => {
    const line = `{"openapi":"3.0.3","x":"${'a'.repeat(200)}","components":{"schemas":{"Thing":{"properties":{"legacy":{"type":"string"}}}}},"y":"${'b'.repeat(100_000)}"}`;
    const column = line.indexOf('"legacy"') + 1;
    const report = reportOf([sharedFinding('/a', { base: { file: 'base.json', pointer: '/components/schemas/Thing/properties/legacy', line: 1, column } })]);
    const page = renderHtml(report, { ...OPTIONS, sources: { base: { 'base.json': line }, revision: { 'revision.json': line } } });
    const hit = /<span class="hit"><span class="ln">1<\/span><span class="cut">…<\/span>([^<]*)<span class="cut">…<\/span><\/span>/.exec(page);
    const quoted = hit?.[1].replace(/&quot;/g, '"');
    expect(quoted).toHaveLength(200);
    expect(quoted).toContain('"legacy":{"type":"string"}');
    expect(page.length).toBeLessThan(30_000);
  });

  it('shows an accepted edit as accepted, after the others, counted apart, and the run passes', () => {
    const accepted = { reason: 'agreed with the mobile team', expires: '2099-01-01' };
    const report = reportOf([sharedFinding('/a', { accepted }), sharedFinding('/b', { id: 'other', ruleId: 'operation-removed-without-deprecation', message: 'GET /b was removed.', base: { file: 'base.json', pointer: '/paths/~1b', line: 3 }, accepted })]);
    const page = renderHtml(report, OPTIONS);
    expect(page).toContain('<p id="verdict" class="passed">Passes the policy (--fail-on breaking). Edits: 2 breaking (2 of them accepted), 0 deprecation, 0 additive, from 2 changes</p>');
    expect(page).toContain('<td class="num breaking">2 <small class="accepted">2 accepted</small></td>');
    expect(page).toContain('<span class="badge breaking">breaking</span> <span class="badge accepted">accepted</span>');
    expect(page).toContain('<p class="acceptance q">Accepted until 2099-01-01: agreed with the mobile team</p>');
    expect(page.match(/<article class="edit breaking accepted"/g)).toHaveLength(2);
  });

  it('puts accepted edits after the others of their class', () => {
    const report = reportOf([sharedFinding('/a', { accepted: { reason: 'ok' } }), sharedFinding('/b', { id: 'other', ruleId: 'operation-removed-without-deprecation', message: 'GET /b was removed.', base: { file: 'base.json', pointer: '/paths/~1b', line: 3 } })]);
    const order = [...renderHtml(report, OPTIONS).matchAll(/data-rule="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(['operation-removed-without-deprecation', 'response-optional-property-removed']);
    expect(renderHtml(report, OPTIONS)).toContain('<p id="verdict" class="failed">Fails the policy');
  });

  it('shows the sunset date of a deprecation', () => {
    const deprecated: Finding = {
      ...sharedFinding('/old'),
      ruleId: 'operation-deprecated',
      class: 'deprecation',
      message: 'GET /old was deprecated.',
      data: { sunset: '2027-03-31' },
    };
    expect(renderHtml(reportOf([deprecated]), OPTIONS)).toContain('<p class="sunset q">Sunset: <time>2027-03-31</time></p>');
  });

  it('says so when there is no change, without a filter bar', () => {
    const page = renderHtml(reportOf([]), OPTIONS);
    expect(page).toContain('<p id="verdict" class="passed">No API changes</p>');
    expect(page).toContain('<p>No API changes.</p>');
    expect(page).not.toContain('id="filters"');
  });

  it('groups the thousands of every count: summary, filters, rule options and the edits shown', () => {
    // 1,200 properties removed from one schema: 1,200 edits, each reaching one operation.
    const findings = Array.from({ length: 1200 }, (_, i) =>
      sharedFinding('/things', { id: `f${i}`, data: { property: `p${i}` }, base: { file: 'base.json', pointer: `/components/schemas/Thing/properties/p${i}`, line: 1 } }),
    );
    const page = renderHtml(reportOf(findings), OPTIONS);
    expect(page).toContain('<td class="num breaking">1,200</td>');
    expect(page).toContain('All classes <span class="count">1,200</span>');
    expect(page).toContain('<option value="all">All rules (1,200)</option>');
    expect(page).toContain('<option value="response-optional-property-removed">response-optional-property-removed (1,200)</option>');
    expect(page).toContain('>1,200 of 1,200 edits</output>');
    expect(page).not.toMatch(/\b1200\b/);
  });
});

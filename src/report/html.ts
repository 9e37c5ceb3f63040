// One self-contained page for release reviewers: inline CSS and JS, no external request, readable
// offline and on paper. Grouped by service, then edit (one underlying change and the operations it
// reaches); filters by class, service and rule and a text search, each with its count.
import { countClasses } from '../classify/edits.js';
import { CHANGE_CLASSES, type ChangeClass, type Edit, type EditSummary } from '../types.js';
import { CLASS_TITLES, grouped } from './finding-text.js';
import { CSS, SCRIPT } from './html-assets.js';
import { editArticle, esc, rulesAppendix, type EditContext } from './html-edit.js';
import { failOnLabel, failsPolicy, type Reporter } from './reporter.js';
import { describeRollback, editSides, rollbackAnswer, rollbackUnsafeIds, sidesOfEdits, type EditSides } from './rollback-text.js';
import { describeVerdict, describeVersion, serviceName, serviceViews, type ServiceView } from './semver.js';
import { SourceLines } from './source-excerpt.js';

const CLASS_RANK: Record<ChangeClass, number> = { breaking: 0, deprecation: 1, additive: 2 };

export const renderHtml: Reporter = (report, options) => {
  const failed = failsPolicy(report.changes, options);
  const views = serviceViews(report);
  const sides = editSides(report);
  const verdict = report.changes.length === 0 ? 'No API changes' : `${failed ? 'Fails' : 'Passes'} the policy (${failOnLabel(report, options)}). ${countsSentence(report.summary.edits, report.changes.length)}`;
  const context: EditContext = {
    lines: { base: new SourceLines(options.sources?.base), revision: new SourceLines(options.sources?.revision) },
    findings: new Map(report.changes.map((f) => [f.id, f])),
    rollbackUnsafe: rollbackUnsafeIds(report),
  };
  const sections = views
    .map((view) => serviceSection(view, context, views.length > 1, sides))
    .filter((section) => section !== '')
    .join('\n');
  const notes = report.notes.map((n) => `<li>${esc(n)}</li>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>API compatibility report</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>API compatibility report</h1>
<p id="verdict" class="${failed ? 'failed' : 'passed'}">${esc(verdict)}</p>
</header>
<section id="summary" aria-label="Summary">
<table>
<thead><tr><th scope="col">Service</th><th scope="col">Breaking</th><th scope="col">Deprecation</th><th scope="col">Additive</th><th scope="col">info.version</th><th scope="col">Required bump</th><th scope="col">Rollback-safe</th></tr></thead>
<tbody>
${views.map(summaryRow).join('\n')}
</tbody>
</table>
<p class="hint">Counts are edits (one underlying change each); a shared component's edit reaches every operation that uses it.</p>
<ul class="verdicts">
${views.map((view) => `<li><strong>${esc(serviceName(view.service))}</strong>: ${esc(describeVerdict(view.verdict))}${esc(rollbackSentence(view, sides))}</li>`).join('\n')}
</ul>
${notes ? `<ul class="notes">${notes}</ul>` : ''}
</section>
${report.edits.length > 0 ? filters(report.edits, views, context.rollbackUnsafe) : ''}
<main id="edits">
${sections || '<p>No API changes.</p>'}
<p id="none" hidden>No edit matches these filters.</p>
</main>
${report.edits.length > 0 ? rulesAppendix([...new Set(report.edits.map((e) => e.ruleId))].sort()) : ''}
<script>${SCRIPT}</script>
</body>
</html>
`;
};

/**
 * A service's edits: breaking first, then deprecations, then additive ones; in each class the
 * accepted ones after the rest (they need no decision), otherwise in report order.
 */
function reviewOrder(edits: Edit[]): Edit[] {
  const rank = (edit: Edit) => CLASS_RANK[edit.class] * 2 + (edit.accepted ? 1 : 0);
  return edits.map((edit, i) => ({ edit, i })).sort((a, b) => rank(a.edit) - rank(b.edit) || a.i - b.i).map(({ edit }) => edit);
}

function summaryRow({ service, summary, editCounts: counts, verdict, rollbackUnsafe }: ServiceView): string {
  const cells = CHANGE_CLASSES.map((cls) => {
    const changes = summary[cls] === counts[cls] ? '' : ` <small>${changesOf(summary[cls])}</small>`;
    const accepted = counts.accepted[cls] > 0 ? ` <small class="accepted">${grouped(counts.accepted[cls])} accepted</small>` : '';
    return `<td class="num ${cls}">${grouped(counts[cls])}${changes}${accepted}</td>`;
  }).join('');
  const tooSmall = verdict.tooSmall ? ' <strong class="breaking">(too small)</strong>' : '';
  const answer = rollbackAnswer(service);
  const rollback = answer === 'no' ? `<strong class="rollback">no</strong> <small>${grouped(rollbackUnsafe.length)} ${rollbackUnsafe.length === 1 ? 'edit' : 'edits'}</small>` : (answer ?? '');
  return `<tr><th scope="row">${esc(serviceName(service))}</th>${cells}<td>${esc(describeVersion(verdict))}</td><td>${esc(verdict.required)}${tooSmall}</td><td>${rollback}</td></tr>`;
}

/** ` Rollback-safe: no: 2 edits can …`, after the semver sentence. */
function rollbackSentence({ service, rollbackUnsafe }: ServiceView, sides: EditSides): string {
  const answer = rollbackAnswer(service);
  return answer ? ` Rollback-safe: ${answer}: ${describeRollback(service, sidesOfEdits(rollbackUnsafe, sides))}` : '';
}

function serviceSection(view: ServiceView, context: EditContext, named: boolean, sides: EditSides): string {
  if (view.edits.length === 0) return '';
  const counts = view.editCounts;
  // With one service the header and summary already say all of this.
  const heading = named ? `<h2>${esc(serviceName(view.service))}</h2>\n<p class="service-verdict">${esc(countsSentence(counts, view.findings.length))}. ${esc(describeVerdict(view.verdict))}${esc(rollbackSentence(view, sides))}</p>\n` : '';
  return `<section class="service" data-service="${esc(view.service.name)}" aria-label="${esc(serviceName(view.service))}">
${heading}${reviewOrder(view.edits).map((edit) => editArticle(edit, context)).join('\n')}
</section>`;
}

/** `Edits: 3 breaking (1 of them accepted), 0 deprecation, 5 additive, from 40 changes`. */
function countsSentence(counts: EditSummary, changes: number): string {
  const parts = CHANGE_CLASSES.map((cls) => (counts.accepted[cls] > 0 ? `${grouped(counts[cls])} ${cls} (${grouped(counts.accepted[cls])} of them accepted)` : `${grouped(counts[cls])} ${cls}`));
  return `Edits: ${parts.join(', ')}, from ${changesOf(changes)}`;
}

function changesOf(n: number): string {
  return `${grouped(n)} ${n === 1 ? 'change' : 'changes'}`;
}

/** The filter bar; the script keeps the counts in step with the other filters. */
function filters(edits: Edit[], views: ServiceView[], rollbackUnsafe: ReadonlySet<string>): string {
  const count = (n: number) => `<span class="count">${grouped(n)}</span>`;
  const classCounts = countClasses(edits);
  const classButtons = [
    button('class', 'all', `All classes ${count(edits.length)}`),
    ...CHANGE_CLASSES.map((cls) => button('class', cls, `${CLASS_TITLES[cls]} ${count(classCounts[cls])}`)),
  ].join('');
  const perService = new Map<string, number>();
  const perRule = new Map<string, number>();
  for (const edit of edits) {
    perService.set(edit.service ?? '', (perService.get(edit.service ?? '') ?? 0) + 1);
    perRule.set(edit.ruleId, (perRule.get(edit.ruleId) ?? 0) + 1);
  }
  const serviceButtons =
    views.length > 1
      ? [
          button('service', 'all', `All services ${count(edits.length)}`),
          ...views.map(({ service }) => button('service', service.name, `${esc(serviceName(service))} ${count(perService.get(service.name) ?? 0)}`)),
        ].join('')
      : '';
  const rules = [...perRule].sort(([a], [b]) => (a < b ? -1 : 1));
  // Only when some edit is not rollback-safe: otherwise the summary's "yes" says it all.
  const unsafe = edits.filter((e) => rollbackUnsafe.has(e.id)).length;
  const rollbackButtons =
    unsafe > 0
      ? [
          button('rollback', 'all', `Any rollback ${count(edits.length)}`),
          button('rollback', 'unsafe', `Not rollback-safe ${count(unsafe)}`),
          button('rollback', 'safe', `Rollback-safe ${count(edits.length - unsafe)}`),
        ].join('')
      : '';
  const options = [`<option value="all">All rules (${grouped(edits.length)})</option>`, ...rules.map(([rule, n]) => `<option value="${esc(rule)}">${esc(rule)} (${grouped(n)})</option>`)].join('');
  return `<nav id="filters" aria-label="Filters">
<div role="group" aria-label="Class">${classButtons}</div>
${serviceButtons ? `<div role="group" aria-label="Service">${serviceButtons}</div>\n` : ''}${rollbackButtons ? `<div role="group" aria-label="Rollback">${rollbackButtons}</div>\n` : ''}<label>Rule <select id="rule" data-filter="rule">${options}</select></label>
<label>Search <input type="search" id="search" placeholder="operation, property, rule, file…" autocomplete="off"></label>
<output id="shown" for="search rule" aria-live="polite">${grouped(edits.length)} of ${grouped(edits.length)} edits</output>
</nav>`;
}

/** `label` is HTML (it holds the count's element); `value` is text. */
function button(kind: 'class' | 'service' | 'rollback', value: string, label: string): string {
  return `<button type="button" data-filter="${kind}" data-value="${esc(value)}" aria-pressed="${value === 'all'}">${label}</button>`;
}

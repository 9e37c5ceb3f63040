// One self-contained page for release reviewers: inline CSS and JS, no external request, readable
// offline and on paper. Each change shows the source lines around it on both sides.
import { CHANGE_CLASSES, type ChangeClass, type Finding, type SourceLocation } from '../types.js';
import { CLASS_TITLES, fileLine, operationLabel, ruleHelp } from './finding-text.js';
import { failOnLabel, failsPolicy, type Reporter } from './reporter.js';
import { SourceLines } from './source-excerpt.js';
import { describeVerdict, describeVersion, serviceName, serviceViews } from './semver.js';

/** Lines shown before and after the line a change points at. */
const CONTEXT_LINES = 3;

export const renderHtml: Reporter = (report, options) => {
  const failed = failsPolicy(report.changes, options);
  const { breaking, deprecation, additive } = report.summary;
  const views = serviceViews(report);
  const verdict =
    report.changes.length === 0 ? 'No API changes' : `${failed ? 'Fails' : 'Passes'} the policy (${failOnLabel(report, options)}): ${breaking} breaking, ${deprecation} deprecation, ${additive} additive`;
  const summaryRows = views
    .map(({ service, summary, verdict: v }) => {
      const cells = CHANGE_CLASSES.map((cls) => `<td class="num ${cls}">${summary[cls]}</td>`).join('');
      const tooSmall = v.tooSmall ? ' <strong class="breaking">(too small)</strong>' : '';
      return `<tr><th scope="row">${esc(serviceName(service))}</th>${cells}<td>${esc(describeVersion(v))}</td><td>${esc(v.required)}${tooSmall}</td></tr>`;
    })
    .join('\n');
  const verdicts = views.map(({ service, verdict: v }) => `<li><strong>${esc(serviceName(service))}</strong>: ${esc(describeVerdict(v))}</li>`).join('\n');
  const serviceNames = views.map((v) => v.service.name);
  const classButtons = ['all', ...CHANGE_CLASSES].map((c) => button('class', c, c === 'all' ? 'All classes' : CLASS_TITLES[c as ChangeClass])).join('');
  const serviceButtons = serviceNames.length > 1 ? ['\u0000all', ...serviceNames].map((s) => button('service', s === '\u0000all' ? 'all' : s, s === '\u0000all' ? 'All services' : serviceName({ name: s }))).join('') : '';
  const lines = { base: new SourceLines(options.sources?.base), revision: new SourceLines(options.sources?.revision) };
  const changes = report.changes.map((f) => change(f, lines)).join('\n');
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
<thead><tr><th scope="col">Service</th><th scope="col">Breaking</th><th scope="col">Deprecation</th><th scope="col">Additive</th><th scope="col">info.version</th><th scope="col">Required bump</th></tr></thead>
<tbody>
${summaryRows}
</tbody>
</table>
<ul class="verdicts">
${verdicts}
</ul>
${notes ? `<ul class="notes">${notes}</ul>` : ''}
</section>
<nav id="filters" aria-label="Filters">
<div role="group" aria-label="Class">${classButtons}</div>
${serviceButtons ? `<div role="group" aria-label="Service">${serviceButtons}</div>` : ''}
</nav>
<main id="changes">
${changes || '<p>No API changes.</p>'}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
};

function button(kind: 'class' | 'service', value: string, label: string): string {
  return `<button type="button" data-filter="${kind}" data-value="${esc(value)}" aria-pressed="${value === 'all'}">${esc(label)}</button>`;
}

function change(finding: Finding, lines: Record<'base' | 'revision', SourceLines>): string {
  const service = finding.service ? `<span class="service">${esc(finding.service)}</span> ` : '';
  const expired = finding.acceptanceExpired ? `<p class="accepted">Acceptance expired on ${esc(finding.acceptanceExpired.expires)}: ${esc(finding.acceptanceExpired.reason)}</p>` : '';
  const accepted = finding.accepted ? `<p class="accepted">Accepted: ${esc(finding.accepted.reason)}</p>` : expired;
  const sides = (['base', 'revision'] as const)
    .map((side) => (finding[side] ? excerpt(side, finding[side]!, lines[side]) : ''))
    .join('');
  return `<article class="change ${finding.class}" data-class="${finding.class}" data-service="${esc(finding.service ?? '')}" id="f-${esc(finding.id)}">
<h2><span class="badge ${finding.class}">${finding.class}</span> ${service}<span class="operation">${esc(operationLabel(finding))}</span> <span class="rule" title="${esc(ruleHelp(finding.ruleId))}">${esc(finding.ruleId)}</span></h2>
<p class="message">${esc(finding.message)}</p>
${accepted}<div class="sides">${sides}</div>
</article>`;
}

function excerpt(side: 'base' | 'revision', loc: SourceLocation, lines: SourceLines): string {
  const quoted = lines.excerpt(loc, CONTEXT_LINES);
  const rows = quoted?.map((l) => `<span${l.hit ? ' class="hit"' : ''}><span class="ln">${l.n}</span>${l.cutBefore ? '<span class="cut">…</span>' : ''}${esc(l.text)}${l.cutAfter ? '<span class="cut">…</span>' : ''}</span>`);
  const body = rows ? `<pre><code>${rows.join('')}</code></pre>` : '';
  return `<figure class="side ${side}"><figcaption>${side}: <code>${esc(fileLine(loc))}</code></figcaption>${body}</figure>`;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const CSS = `
:root{--breaking:#b42318;--deprecation:#9a6700;--additive:#1a7f37;--line:#d0d7de;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;background:#fff}
body{margin:0 auto;max-width:70rem;padding:1.5rem;line-height:1.45}
h1{font-size:1.6rem;margin:0 0 .5rem}
#verdict{font-weight:600;font-size:1.1rem}
#verdict.failed{color:var(--breaking)}#verdict.passed{color:var(--additive)}
table{border-collapse:collapse;margin:.5rem 0}
th,td{border:1px solid var(--line);padding:.3rem .7rem;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}
:is(td,.badge,strong).breaking{color:var(--breaking)}:is(td,.badge,strong).deprecation{color:var(--deprecation)}:is(td,.badge,strong).additive{color:var(--additive)}
#filters{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0;position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid var(--line)}
#filters button{font:inherit;border:1px solid var(--line);background:#f6f8fa;border-radius:.4rem;padding:.2rem .7rem;cursor:pointer}
#filters button[aria-pressed="true"]{background:#1f2328;color:#fff}
.change{border:1px solid var(--line);border-left:.35rem solid var(--line);border-radius:.4rem;padding:.5rem 1rem;margin:.8rem 0}
.change.breaking{border-left-color:var(--breaking)}.change.deprecation{border-left-color:var(--deprecation)}.change.additive{border-left-color:var(--additive)}
.change[hidden]{display:none}
.change h2{font-size:1rem;margin:.2rem 0}
.badge{display:inline-block;font-size:.75rem;text-transform:uppercase;letter-spacing:.03em;border:1px solid currentColor;border-radius:.3rem;padding:0 .35rem}
.operation{font-family:ui-monospace,SFMono-Regular,Menlo,monospace}
.rule{font-size:.85rem;color:#57606a}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:.8rem}
.side{margin:0;min-width:0}
figcaption{font-size:.85rem;color:#57606a}
pre{background:#f6f8fa;border:1px solid var(--line);border-radius:.3rem;padding:.4rem 0;overflow-x:auto;font-size:.8rem;margin:.2rem 0}
pre span{display:block;padding:0 .5rem;white-space:pre}
pre .hit{background:#fff8c5;font-weight:600}
.cut{color:#8c959f}
.ln{display:inline-block;width:3.5ch;color:#8c959f;text-align:right;margin-right:1ch;user-select:none}
.accepted{color:#0969da}
@media (max-width:50rem){.sides{grid-template-columns:1fr}}
@media print{
#filters{display:none}
body{max-width:none;padding:0;font-size:10pt}
.change{break-inside:avoid}
pre{white-space:pre-wrap;overflow:visible}
pre span{white-space:pre-wrap}
a{color:inherit;text-decoration:none}
.badge,td,.change{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;

// Plain ES5-style script so any browser opening the file offline runs it.
const SCRIPT = `
(function(){
var state={class:'all',service:'all'};
var buttons=document.querySelectorAll('#filters button');
function apply(){
  var changes=document.querySelectorAll('.change');
  for(var i=0;i<changes.length;i++){
    var c=changes[i];
    var show=(state.class==='all'||c.getAttribute('data-class')===state.class)&&(state.service==='all'||c.getAttribute('data-service')===state.service);
    c.hidden=!show;
  }
  for(var j=0;j<buttons.length;j++){
    var b=buttons[j];
    b.setAttribute('aria-pressed',String(state[b.getAttribute('data-filter')]===b.getAttribute('data-value')));
  }
}
for(var k=0;k<buttons.length;k++){
  buttons[k].addEventListener('click',function(e){
    var b=e.currentTarget;
    state[b.getAttribute('data-filter')]=b.getAttribute('data-value');
    apply();
  });
}
})();
`;

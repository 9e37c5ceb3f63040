// One edit of the HTML report: what changed, which operations it reaches (folded when several),
// acceptance and sunset, and the source lines around it on both sides.
import type { Edit, Finding, SourceLocation } from '../types.js';
import { fileLine, grouped, LISTED_OPERATIONS, ruleDescription, ruleHelp } from './finding-text.js';
import { rollbackFix, rollbackReason, sidesOf } from './rollback-text.js';
import type { SourceLines } from './source-excerpt.js';

/** Lines shown before and after the line an edit points at. */
const CONTEXT_LINES = 3;

export interface EditContext {
  lines: Record<'base' | 'revision', SourceLines>;
  /** The report's findings by id, for what only findings carry (an expired acceptance). */
  findings: ReadonlyMap<string, Finding>;
  /** Ids of the edits that are not rollback-safe. */
  rollbackUnsafe: ReadonlySet<string>;
}

export function editArticle(edit: Edit, context: EditContext): string {
  const members = edit.changes.map((id) => context.findings.get(id)).filter((f) => f !== undefined);
  const accepted = edit.accepted ? ' accepted' : '';
  const unsafe = context.rollbackUnsafe.has(edit.id);
  const about = sidesOf(members);
  const sides = (['base', 'revision'] as const).map((side) => (edit[side] ? excerpt(side, edit[side], context.lines[side]) : '')).join('');
  return `<article class="edit ${edit.class}${accepted}" id="e-${esc(edit.id)}" data-class="${edit.class}" data-service="${esc(edit.service ?? '')}" data-rule="${esc(edit.ruleId)}" data-rollback="${unsafe ? 'unsafe' : 'safe'}">
<h3 class="q"><span class="badge ${edit.class}">${edit.class}</span>${edit.accepted ? ' <span class="badge accepted">accepted</span>' : ''}${unsafe ? ' <span class="badge rollback">not rollback-safe</span>' : ''} <a class="rule" href="#r-${esc(edit.ruleId)}" title="${esc(ruleDescription(edit.ruleId))}">${esc(edit.ruleId)}</a> <a class="id" href="#e-${esc(edit.id)}">${esc(edit.id)}</a></h3>
<p class="message q">${esc(edit.message)}</p>
${unsafe ? `<p class="rollback q">Not rollback-safe: ${esc(rollbackReason(about))}. What to do: ${esc(rollbackFix(edit.ruleId, about))}</p>\n` : ''}${acceptance(edit, members)}${edit.sunset ? `<p class="sunset q">Sunset: <time>${esc(edit.sunset)}</time></p>\n` : ''}${operations(edit)}
<div class="sides">${sides}</div>
</article>`;
}

function acceptance(edit: Edit, members: Finding[]): string {
  if (edit.accepted) return `<p class="acceptance q">Accepted${edit.accepted.expires ? ` until ${esc(edit.accepted.expires)}` : ''}: ${esc(edit.accepted.reason)}</p>\n`;
  const expired = members.find((f) => f.acceptanceExpired)?.acceptanceExpired;
  if (expired) return `<p class="acceptance expired q">Acceptance expired on ${esc(expired.expires)}: ${esc(expired.reason)}</p>\n`;
  const some = members.filter((f) => f.accepted).length;
  return some > 0 ? `<p class="acceptance q">${grouped(some)} of its ${grouped(members.length)} changes accepted</p>\n` : '';
}

/** One operation inline; several folded, the summary naming the first few. */
function operations(edit: Edit): string {
  const labels = edit.operations.map((op) => `${op.method} ${op.path}`);
  if (labels.length === 0) return '<p class="ops q">The API as a whole</p>';
  if (labels.length === 1) return `<p class="ops q">Operation <code>${esc(labels[0])}</code></p>`;
  const named = labels.slice(0, LISTED_OPERATIONS).map((l) => `<code>${esc(l)}</code>`).join(', ');
  const more = labels.length > LISTED_OPERATIONS ? ` and ${grouped(labels.length - LISTED_OPERATIONS)} more` : '';
  const list = labels.map((l) => `<li><code>${esc(l)}</code></li>`).join('');
  return `<details class="ops q"><summary>${grouped(labels.length)} operations: ${named}${more}</summary><ul>${list}</ul></details>`;
}

function excerpt(side: 'base' | 'revision', loc: SourceLocation, lines: SourceLines): string {
  const quoted = lines.excerpt(loc, CONTEXT_LINES);
  const cut = '<span class="cut">…</span>';
  const rows = quoted?.map((l) => `<span${l.hit ? ' class="hit"' : ''}><span class="ln">${l.n}</span>${l.cutBefore ? cut : ''}${esc(l.text)}${l.cutAfter ? cut : ''}</span>`);
  const body = rows ? `<pre><code>${rows.join('')}</code></pre>` : '';
  return `<figure class="side ${side}"><figcaption class="q">${side}: <code>${esc(fileLine(loc))}</code></figcaption>${body}</figure>`;
}

/** Each rule of the report once, with why it matters and how to fix or accept it (edits link here). */
export function rulesAppendix(ruleIds: string[]): string {
  const entries = ruleIds.map((id) => {
    const paragraphs = ruleHelp(id).split('\n\n').map((p) => `<p>${esc(p)}</p>`).join('');
    return `<dt id="r-${esc(id)}"><code>${esc(id)}</code></dt><dd>${paragraphs}</dd>`;
  });
  return `<section id="rules" aria-label="Rules">\n<h2>Rules in this report</h2>\n<dl>\n${entries.join('\n')}\n</dl>\n</section>`;
}

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

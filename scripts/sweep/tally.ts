// Counts what the sweep saw, and keeps each failing case for the failures file.
import type { CheckName, FindingSummary } from './checks.js';
import { REWRITES, type RewriteName } from './rewrites.js';
import type { SpecOutcome } from './protocol.js';

export interface Failure {
  id: string;
  check: CheckName;
  kind: 'crash' | 'time-out' | 'memory' | 'exit' | 'false-finding' | 'verdict-disagreement' | 'single-operation-mismatch';
  detail: string;
  findings?: FindingSummary[];
}

const CLASSES = ['breaking', 'deprecation', 'additive'] as const;

export class Tally {
  specs = 0;
  loaded = 0;
  readonly refused = new Map<string, number>();
  readonly refusedIds: { id: string; check: CheckName; reason: string }[] = [];
  /** Comparisons actually run, per check. */
  readonly pairs = new Map<CheckName, number>();
  readonly skipped = new Map<string, number>();
  /** Reformatted copies written as YAML, and as reordered JSON (the largest specs). */
  readonly reformattedAs = new Map<string, number>();
  crashes = 0;
  /** Verdicts of the compiled 3.0 check compared with ajv's, and the specs where they differed. */
  verdicts = 0;
  verdictDisagreements = 0;
  /** Operations whose full-diff findings were compared with their single-operation diff's, and those that differed. */
  readonly agreement = { operations: 0, mismatches: 0, apis: 0 };
  timeouts = 0;
  memory = 0;
  readonly falseFindings = { self: 0, reformatted: 0, inlinedBreaking: 0, inlinedOther: 0 };
  /** Findings on each equivalent rewrite (every class counts). */
  readonly rewriteFindings = new Map<RewriteName, number>(REWRITES.map((name) => [name, 0]));
  readonly release = { breaking: 0, deprecation: 0, additive: 0, apisWithBreaking: 0 };
  readonly releaseRules = new Map<string, number>();
  readonly failures: Failure[] = [];
  slowest: { id: string; ms: number }[] = [];

  add(outcome: SpecOutcome): void {
    this.specs++;
    this.slowest = [...this.slowest, { id: outcome.id, ms: outcome.ms }].sort((a, b) => b.ms - a.ms).slice(0, 10);
    if (outcome.aborted) {
      const { check, cause, detail } = outcome.aborted;
      if (cause === 'time-out') this.timeouts++;
      else if (cause === 'memory') this.memory++;
      else this.crashes++;
      this.failures.push({ id: outcome.id, check, kind: cause, detail });
    }
    for (const result of outcome.results) {
      const key = `${result.check}`;
      if (result.outcome === 'refused') {
        const reason = `${key}: ${genericReason(result.reason)}`;
        this.refused.set(reason, (this.refused.get(reason) ?? 0) + 1);
        this.refusedIds.push({ id: outcome.id, check: result.check, reason: result.reason });
        continue;
      }
      if (result.outcome === 'skipped') {
        const reason = `${key}: ${result.reason.replace(/\d+/g, 'N')}`;
        this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + 1);
        continue;
      }
      if (result.outcome === 'crash') {
        this.crashes++;
        this.failures.push({ id: outcome.id, check: result.check, kind: 'crash', detail: result.error });
        continue;
      }
      if (result.outcome === 'disagreement') {
        this.verdicts += result.verdicts;
        this.verdictDisagreements++;
        this.failures.push({ id: outcome.id, check: result.check, kind: 'verdict-disagreement', detail: result.details.join('; ') });
        continue;
      }
      if (result.outcome === 'agreement') {
        this.agreement.apis++;
        this.agreement.operations += result.operations;
        this.agreement.mismatches += result.mismatches.length;
        if (result.mismatches.length > 0) this.failures.push({ id: outcome.id, check: result.check, kind: 'single-operation-mismatch', detail: result.mismatches.join('\n') });
        continue;
      }
      if (result.check === 'load') {
        this.loaded++;
        continue;
      }
      if (result.check === 'verdict') {
        this.verdicts += result.verdicts ?? 0;
        continue;
      }
      this.pairs.set(result.check, (this.pairs.get(result.check) ?? 0) + 1);
      if (result.check === 'reformatted' && result.note) this.reformattedAs.set(result.note, (this.reformattedAs.get(result.note) ?? 0) + 1);
      this.countFindings(outcome.id, result.check, result.findings);
    }
  }

  private countFindings(id: string, check: CheckName, findings: FindingSummary[]): void {
    if (check === 'release') {
      for (const f of findings) {
        this.release[f.class]++;
        this.releaseRules.set(f.ruleId, (this.releaseRules.get(f.ruleId) ?? 0) + 1);
      }
      if (findings.some((f) => f.class === 'breaking')) this.release.apisWithBreaking++;
      return;
    }
    if (findings.length === 0) return;
    const breaking = findings.filter((f) => f.class === 'breaking');
    if (check === 'inlined') {
      this.falseFindings.inlinedBreaking += breaking.length;
      this.falseFindings.inlinedOther += findings.length - breaking.length;
      if (breaking.length === 0) return;
    } else if (isRewrite(check)) {
      this.rewriteFindings.set(check, this.rewriteFindings.get(check)! + findings.length);
    } else {
      this.falseFindings[check as 'self' | 'reformatted'] += findings.length;
    }
    const shown = check === 'inlined' ? breaking : findings;
    this.failures.push({ id, check, kind: 'false-finding', detail: `${shown.length} finding(s)`, findings: shown.slice(0, 20) });
  }

  /** Failures that make the sweep fail: crashes, time-outs, memory, and any false finding. */
  get failed(): number {
    return this.failures.length;
  }

  summary(): string {
    const lines = [
      `specs: ${this.specs} (loaded ${this.loaded}, refused by the validator ${this.refusedIds.filter((r) => r.check === 'load').length})`,
      `pairs compared: ${[...this.pairs].map(([check, n]) => `${check} ${n}`).join(', ')}`,
      `reformatted copies: ${[...this.reformattedAs].map(([as, n]) => `${n} as ${as}`).join(', ')}`,
      `crashes: ${this.crashes}, time-outs: ${this.timeouts}, out of memory: ${this.memory}`,
      `compiled OpenAPI 3.0 check against ajv: ${this.verdicts} verdicts, specs with a disagreement: ${this.verdictDisagreements}`,
      `single-operation agreement: ${this.agreement.operations} operations of ${this.agreement.apis} API pairs, mismatches ${this.agreement.mismatches}`,
      `false findings: self ${this.falseFindings.self}, reformatted ${this.falseFindings.reformatted}, inlined breaking ${this.falseFindings.inlinedBreaking} (non-breaking ${this.falseFindings.inlinedOther})`,
      `false findings on equivalent rewrites: ${[...this.rewriteFindings].map(([name, n]) => `${name} ${n}`).join(', ')}`,
      `across releases: ${CLASSES.map((c) => `${c} ${this.release[c]}`).join(', ')}; APIs with a breaking change ${this.release.apisWithBreaking} of ${this.pairs.get('release') ?? 0}`,
      'top rules across releases:',
      ...[...this.releaseRules].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 15).map(([rule, n]) => `  ${String(n).padStart(6)}  ${rule}`),
      'refusals:',
      ...[...this.refused].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([reason, n]) => `  ${String(n).padStart(6)}  ${reason}`),
      'skipped:',
      ...[...this.skipped].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([reason, n]) => `  ${String(n).padStart(6)}  ${reason}`),
      'slowest specs:',
      ...this.slowest.map((s) => `  ${String(s.ms).padStart(6)} ms  ${s.id}`),
    ];
    return lines.join('\n');
  }
}

function isRewrite(check: CheckName): check is RewriteName {
  return (REWRITES as readonly string[]).includes(check);
}

/** A refusal reason with its specifics (paths, names, numbers) masked, to count alike reasons together. */
function genericReason(reason: string): string {
  return reason
    .replace(/\/[^\s"]*/g, '/…')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\d+/g, 'N')
    .slice(0, 160);
}

import { applyRules } from './rules/apply-rules.js';
import { classify, summarize, type ClassifyOptions } from './classify/classify.js';
import { diffApi } from './diff/diff-api.js';
import { SchemaDiffer } from './diff/diff-schema.js';
import type { LoadedSpec } from './load/load-spec.js';
import { normalizeSpec } from './model/normalize.js';
import { Resolver } from './model/resolver.js';
import { SchemaStore } from './model/schema.js';
import { RULES } from './rules/registry.js';
import type { DeprecationPolicy, Rule } from './rules/rule.js';
import type { Finding, SourceLocation } from './types.js';
import type { Change } from './diff/change.js';

export interface EngineOptions extends ClassifyOptions {
  /** `YYYY-MM-DD`, the day sunsets are compared with. */
  today: string;
  rules?: readonly Rule[];
  /** Deprecation policy for the policy rules (`sunset-too-soon`, `deprecated-without-sunset`). */
  deprecation?: DeprecationPolicy;
}

export interface StageTimes {
  normalize: number;
  diff: number;
  rules: number;
  locate: number;
}

export interface EngineResult {
  findings: Finding[];
  changes: Change[];
  times: StageTimes;
}

/** Everything after loading: normalize, diff, judge, classify, then find lines for what was found. */
export function compareLoaded(base: LoadedSpec, revision: LoadedSpec, options: EngineOptions): EngineResult {
  const result = judgeLoaded(base, revision, options);
  locateResult(result, base, revision);
  return result;
}

/** Lines for a judged result's findings, timed as its `locate` stage. */
export function locateResult(result: EngineResult, base: LoadedSpec, revision: LoadedSpec): void {
  const started = performance.now();
  locateFindings(result.findings, base, revision);
  result.times.locate = performance.now() - started;
}

/**
 * `compareLoaded` without the lines: a caller whose line index is still being built elsewhere
 * locates the findings once it is there (`locateResult`).
 */
export function judgeLoaded(base: LoadedSpec, revision: LoadedSpec, options: EngineOptions): EngineResult {
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const elapsed = now - t;
    t = now;
    return elapsed;
  };
  const baseModel = normalizeSpec(base);
  const revModel = normalizeSpec(revision);
  const normalize = lap();
  const differ = new SchemaDiffer(new SchemaStore(new Resolver(base)), new SchemaStore(new Resolver(revision)));
  const changes = diffApi(baseModel, revModel, differ);
  const diff = lap();
  const judgements = applyRules(changes, options.rules ?? RULES, { today: options.today, deprecation: options.deprecation });
  const findings = classify(judgements, options);
  const rules = lap();
  return { findings, changes, times: { normalize, diff, rules, locate: 0 } };
}

/** Fills in line numbers (and columns on long lines), one batch per file, only for locations that ended up in findings. */
export function locateFindings(findings: Finding[], base: LoadedSpec, revision: LoadedSpec): void {
  for (const [side, spec] of [['base', base], ['revision', revision]] as const) {
    const byFile = new Map<string, SourceLocation[]>();
    for (const finding of findings) {
      const loc = finding[side];
      if (!loc) continue;
      const list = byFile.get(loc.file);
      if (list) list.push(loc);
      else byFile.set(loc.file, [loc]);
    }
    for (const [file, locs] of byFile) {
      const parsed = spec.files.get(file);
      if (!parsed) continue;
      const positions = parsed.positions(new Set(locs.map((l) => l.pointer)));
      for (const loc of locs) {
        const position = positions.get(loc.pointer);
        loc.line = position?.line;
        if (position?.column !== undefined) loc.column = position.column;
      }
    }
  }
}

export { summarize };

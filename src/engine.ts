import { applyRules } from './rules/apply-rules.js';
import { classify, summarize, type ClassifyOptions } from './classify/classify.js';
import { diffApi } from './diff/diff-api.js';
import { SchemaDiffer } from './diff/diff-schema.js';
import type { LoadedSpec } from './load/load-spec.js';
import { normalizeSpec } from './model/normalize.js';
import type { ApiModel } from './model/types.js';
import { Resolver } from './model/resolver.js';
import { SchemaStore } from './model/schema.js';
import { RULES } from './rules/registry.js';
import type { DeprecationPolicy, Rule } from './rules/rule.js';
import type { Finding } from './types.js';
import { locateFindings } from './load/locate-findings.js';
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

/**
 * A loaded document's model and schema store, built once per document: both are pure over it, so a
 * document compared with several others, or both ways, is not normalized again.
 */
const prepared = new WeakMap<LoadedSpec, { model: ApiModel; store: SchemaStore }>();

function prepare(spec: LoadedSpec): { model: ApiModel; store: SchemaStore } {
  let entry = prepared.get(spec);
  if (!entry) prepared.set(spec, (entry = { model: normalizeSpec(spec), store: new SchemaStore(new Resolver(spec)) }));
  return entry;
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
  const basePrepared = prepare(base);
  const revPrepared = prepare(revision);
  const normalize = lap();
  const differ = new SchemaDiffer(basePrepared.store, revPrepared.store);
  const changes = diffApi(basePrepared.model, revPrepared.model, differ);
  const diff = lap();
  const judgements = applyRules(changes, options.rules ?? RULES, { today: options.today, deprecation: options.deprecation });
  const findings = classify(judgements, options);
  const rules = lap();
  return { findings, changes, times: { normalize, diff, rules, locate: 0 } };
}

export { summarize };

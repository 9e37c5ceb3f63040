// Public API: compare two OpenAPI documents and get a report, the same one the CLI renders.
import path from 'node:path';
import { compareLoaded, type StageTimes } from './engine.js';
import { summarize } from './classify/classify.js';
import { loadSpec, type LoadedSpec } from './load/load-spec.js';
import { fileSystemSource, type FileSource } from './load/source.js';
import { findConfinementRoot } from './load/root.js';
import type { ChangeClass, Report } from './types.js';

export type { ChangeClass, Direction, FailOn, Finding, Report, SourceLocation, Summary } from './types.js';
export { InputError } from './load/input-error.js';
export { shouldFail } from './classify/classify.js';
export { RULES } from './rules/registry.js';
export type { Rule } from './rules/rule.js';

export interface CompareOptions {
  /** `YYYY-MM-DD` that sunset dates are compared with (default: today, UTC). */
  today?: string;
  /** Per-rule class overrides; `off` drops the rule's findings. */
  rules?: Record<string, ChangeClass | 'off'>;
  profile?: 'default' | 'strict';
  /** Skip swagger-parser's validation (faster; for inputs already validated). */
  validate?: boolean;
  /** Paths in the report are relative to this folder (default: the working folder). */
  cwd?: string;
  /** Receives the time spent per stage, in milliseconds. */
  onTimes?: (times: StageTimes & { load: number }) => void;
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Compares two documents given by path (YAML or JSON, 2.0 / 3.0 / 3.1, multi-file). */
export async function compare(base: string, revision: string, options: CompareOptions = {}): Promise<Report> {
  const started = performance.now();
  const [baseSpec, revSpec] = await Promise.all([loadFromDisk(base, options), loadFromDisk(revision, options)]);
  const load = performance.now() - started;
  return compareSpecs(baseSpec, revSpec, options, load);
}

async function loadFromDisk(file: string, options: CompareOptions): Promise<LoadedSpec> {
  const absolute = path.resolve(options.cwd ?? process.cwd(), file);
  const source: FileSource = fileSystemSource(await findConfinementRoot(absolute));
  return loadSpec(absolute, source, { validate: options.validate });
}

/** Compares two loaded documents; paths in the report are made relative to `options.cwd`. */
export function compareSpecs(base: LoadedSpec, revision: LoadedSpec, options: CompareOptions = {}, load = 0): Report {
  const result = compareLoaded(base, revision, {
    today: options.today ?? todayUtc(),
    overrides: options.rules,
    profile: options.profile,
  });
  options.onTimes?.({ load, ...result.times });
  const cwd = options.cwd ?? process.cwd();
  const display = (file: string) => toPosix(path.relative(cwd, file)) || file;
  for (const finding of result.findings) {
    if (finding.base) finding.base.file = display(finding.base.file);
    if (finding.revision) finding.revision.file = display(finding.revision.file);
  }
  return {
    schemaVersion: 1,
    summary: summarize(result.findings),
    changes: result.findings,
    services: [
      {
        name: '',
        baseVersion: versionOf(base),
        revisionVersion: versionOf(revision),
        baseFile: display(base.entry),
        revisionFile: display(revision.entry),
      },
    ],
    notes: [],
  };
}

function versionOf(spec: LoadedSpec): string | undefined {
  const info = (spec.files.get(spec.entry)!.value as { info?: { version?: unknown } }).info;
  return info?.version === undefined ? undefined : String(info.version);
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

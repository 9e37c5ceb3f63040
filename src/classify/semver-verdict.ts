// The semver verdict: the smallest `info.version` bump the findings require, and whether the
// revision's version falls short of it. Not a structural change, so it runs after classification.
import semver from 'semver';
import type { Change } from '../diff/change.js';
import type { LoadedSpec } from '../load/load-spec.js';
import type { Judgement } from '../rules/apply-rules.js';
import versionBumpTooSmall from '../rules/catalogue/version-bump-too-small.js';
import type { Finding } from '../types.js';
import { classify, compareFindings, type ClassifyOptions } from './classify.js';
import { locateFindings } from '../load/locate-findings.js';

export type Bump = 'major' | 'minor' | 'patch' | 'none';

export interface SemverVerdict {
  /** The smallest bump the changes require. */
  required: Exclude<Bump, 'patch'>;
  /** The bump from the base's to the revision's `info.version`; undefined when either is not semver. */
  actual?: Bump;
  baseVersion?: string;
  revisionVersion?: string;
  /** The version changed, and by less than required. An unchanged version is never too small. */
  tooSmall: boolean;
}

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };
const RULE_ID = versionBumpTooSmall.id;

/** The verdict for one service's findings; findings of the verdict's own rule do not count. */
export function semverVerdict(findings: readonly Finding[], baseVersion?: string, revisionVersion?: string): SemverVerdict {
  const counted = findings.filter((f) => f.ruleId !== RULE_ID);
  const base = baseVersion === undefined ? null : semver.valid(baseVersion);
  const rev = revisionVersion === undefined ? null : semver.valid(revisionVersion);
  let required: SemverVerdict['required'] = 'none';
  if (counted.some((f) => f.class === 'breaking')) required = base !== null && semver.major(base) === 0 ? 'minor' : 'major';
  else if (counted.length > 0) required = 'minor';
  const actual = base !== null && rev !== null ? bumpBetween(base, rev) : undefined;
  // Pre-releases promise no compatibility (semver §9), so any bump from one is enough.
  const tooSmall =
    actual !== undefined && base !== rev && semver.prerelease(base!) === null && RANK[actual] < RANK[required];
  return { required, actual, baseVersion, revisionVersion, tooSmall };
}

function bumpBetween(base: string, rev: string): Bump {
  if (!semver.gt(rev, base)) return 'none';
  const diff = semver.diff(base, rev);
  if (diff === 'major' || diff === 'premajor') return 'major';
  if (diff === 'minor' || diff === 'preminor') return 'minor';
  return 'patch';
}

/** The judgement behind a `version-bump-too-small` finding, pointing at both `info.version`s. */
export function versionBumpJudgement(verdict: SemverVerdict, baseEntry: string, revisionEntry: string): Judgement | undefined {
  if (!verdict.tooSmall) return undefined;
  const change: Change = {
    kind: versionBumpTooSmall.kind,
    subject: versionBumpTooSmall.subject,
    direction: 'none',
    base: { file: baseEntry, pointer: '/info/version' },
    revision: { file: revisionEntry, pointer: '/info/version' },
    data: {
      baseVersion: verdict.baseVersion ?? '',
      revisionVersion: verdict.revisionVersion ?? '',
      actual: verdict.actual ?? 'none',
      required: verdict.required,
    },
    context: {},
  };
  return { rule: versionBumpTooSmall, change };
}

/** Adds the `version-bump-too-small` finding (classified and located like any other) when it applies. */
export function withVersionBumpFinding(
  findings: Finding[],
  specs: { base: LoadedSpec; revision: LoadedSpec },
  versions: { base?: string; revision?: string },
  options: ClassifyOptions,
): Finding[] {
  const verdict = semverVerdict(findings, versions.base, versions.revision);
  const judgement = versionBumpJudgement(verdict, specs.base.entry, specs.revision.entry);
  if (!judgement) return findings;
  const extra = classify([judgement], options);
  locateFindings(extra, specs.base, specs.revision);
  return [...findings, ...extra].sort(compareFindings);
}

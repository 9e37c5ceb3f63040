import path from 'node:path';
import { compareFindings } from '../classify/classify.js';
import { withEdits } from '../classify/edits.js';
import { withRollback } from '../classify/rollback.js';
import { applyAcceptancesByService } from '../policy.js';
import type { ReportSources } from '../report/reporter.js';
import { InputError } from '../load/input-error.js';
import type { Report } from '../types.js';
import { compareService, type ServiceCompareOptions, type ServiceJob, type ServiceResult, type ServiceSide } from './compare-service.js';
import { discoverServices, ENTRY_NAMES, neededBy } from './services.js';
import type { Surface } from './surface.js';

export interface CheckOptions extends ServiceCompareOptions {
  /** Only these services (by folder name); all when absent or empty. */
  services?: readonly string[];
  entryNames?: readonly string[];
  /** Notes for the report, e.g. which base was used. */
  notes?: string[];
  /** Runs the jobs; the default runs them in this thread. A worker pool can take its place. */
  runJobs?: (jobs: ServiceJob[]) => Promise<ServiceResult[]>;
  /** Receives the source texts of every service, for reports that quote lines. */
  onSources?: (sources: ReportSources) => void;
  /** Receives one line per document compared although the validator rejects it. */
  onWarning?: (line: string) => void;
}

/** Compares every service of two surfaces and merges the results into one report. */
export async function checkSurfaces(base: Surface, revision: Surface, options: CheckOptions): Promise<Report> {
  const entryNames = options.entryNames ?? ENTRY_NAMES;
  const baseServices = discoverServices(base.paths, entryNames);
  const revServices = discoverServices(revision.paths, entryNames);
  const all = [...new Set([...baseServices.keys(), ...revServices.keys()])].sort();
  if (all.length === 0) {
    throw new InputError(`no services in ${display(revision.root, options)}/: each service is a folder with an entry document (${entryNames.join(', ')})`);
  }
  const selected = select(all, options.services);
  const [baseFiles, revFiles] = await Promise.all([readNeeded(base, selected, baseServices), readNeeded(revision, selected, revServices)]);
  const jobOptions = jobOptionsOf(options);
  // Each side gets only the files its service may reference (its folder and the shared ones), so
  // a service whose files are byte-for-byte unchanged is recognised before anything is parsed.
  const byFolder = (surface: Surface, files: Map<string, Uint8Array>) => {
    const folders = new Map<string, [string, Uint8Array][]>();
    for (const entry of files) {
      const folder = path.posix.relative(surface.root, entry[0]).split('/')[0];
      const list = folders.get(folder);
      if (list) list.push(entry);
      else folders.set(folder, [entry]);
    }
    return folders;
  };
  const [baseFolders, revFolders] = [byFolder(base, baseFiles), byFolder(revision, revFiles)];
  const side = (surface: Surface, folders: Map<string, [string, Uint8Array][]>, services: ReadonlyMap<string, string>, name: string): ServiceSide | undefined => {
    const entry = services.get(name);
    if (entry === undefined) return undefined;
    const own = new Map([...folders].filter(([folder]) => folder === name || !services.has(folder)).flatMap(([, files]) => files));
    return { entry: path.posix.join(surface.root, entry), root: surface.root, files: own, label: surface.label };
  };
  const jobs: ServiceJob[] = [...selected].map((name) => ({
    name,
    base: side(base, baseFolders, baseServices, name),
    revision: side(revision, revFolders, revServices, name),
    options: jobOptions,
  }));
  return runServiceJobs(jobs, options);
}

/** Compares the services of `jobs` (built from surfaces or from `--spec` documents) into one report. */
export async function runServiceJobs(jobs: ServiceJob[], options: CheckOptions): Promise<Report> {
  const results = await (options.runJobs ?? inThisThread)(jobs);
  for (const line of results.flatMap((r) => r.warnings)) options.onWarning?.(line);
  const accepted = applyAcceptancesByService(results.flatMap((r) => r.findings), options.config ?? {}, options.today);
  const findings = accepted.findings.sort(compareFindings);
  options.onSources?.({
    base: Object.assign({}, ...results.map((r) => r.sources.base)) as Record<string, string>,
    revision: Object.assign({}, ...results.map((r) => r.sources.revision)) as Record<string, string>,
  });
  const { edits, summary } = withEdits(findings);
  return {
    schemaVersion: 1,
    summary,
    changes: findings,
    edits,
    services: withRollback(results.map((r) => r.info), edits),
    notes: [...(options.notes ?? []), ...accepted.notes],
  };
}

/**
 * The engine is synchronous CPU work, so in one thread the jobs run one after the other; an
 * unhandled failure of one job fails the run, like a document that does not load.
 */
async function inThisThread(jobs: ServiceJob[]): Promise<ServiceResult[]> {
  const results: ServiceResult[] = [];
  for (const job of jobs) results.push(await compareService(job));
  return results;
}

/** What each job carries of the options: the rest concerns the run as a whole. */
export function jobOptionsOf(options: CheckOptions): ServiceCompareOptions {
  const { services: _services, entryNames: _entryNames, notes: _notes, runJobs: _runJobs, onSources: _onSources, onWarning: _onWarning, ...jobOptions } = options;
  return jobOptions;
}

export function select(all: string[], wanted: readonly string[] | undefined): Set<string> {
  if (!wanted || wanted.length === 0) return new Set(all);
  const unknown = wanted.filter((name) => !all.includes(name));
  if (unknown.length > 0) {
    throw new InputError(`no service named ${unknown.join(', ')} on either side: the services are ${all.join(', ')}`);
  }
  return new Set(wanted);
}

async function readNeeded(surface: Surface, selected: ReadonlySet<string>, services: ReadonlyMap<string, string>): Promise<Map<string, Uint8Array>> {
  return surface.read(surface.paths.filter((file) => neededBy(file, selected, services)));
}

function display(file: string, options: ServiceCompareOptions): string {
  return path.relative(options.displayRoot, file) || '.';
}

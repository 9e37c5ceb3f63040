import { runServiceJobs, jobOptionsOf, select, type ServiceCheckOptions } from './check-surfaces.js';
import type { ServiceJob } from './compare-service.js';
import { isGlob, selectSpecs, type SpecPattern } from './spec-list.js';
import { specSide } from './spec-side.js';
import type { TreeReader } from '../load/tree-reader.js';
import type { Report } from '../types.js';

export interface SpecTree {
  reader: TreeReader;
  /** For messages: `base HEAD~1`, `the working tree`. */
  label: string;
}

/** Compares the documents `patterns` name (relative to the repository root `repo`) between two trees. */
export async function checkSpecs(repo: string, patterns: readonly SpecPattern[], base: SpecTree, revision: SpecTree, options: ServiceCheckOptions): Promise<Report> {
  const [basePaths, revisionPaths] = await Promise.all([base.reader.paths(), revision.reader.paths()]);
  // A document named outright counts where it is, even in a folder git ignores (a generated spec).
  for (const { pattern } of patterns) {
    if (!isGlob(pattern) && !revisionPaths.has(pattern) && (await revision.reader.read(pattern)) !== undefined) revisionPaths.add(pattern);
  }
  const specs = selectSpecs(patterns, new Set([...basePaths, ...revisionPaths]));
  const wanted = select(specs.map((s) => s.name), options.services);
  const jobOptions = jobOptionsOf(options);
  const jobs: ServiceJob[] = await Promise.all(
    specs
      .filter((spec) => wanted.has(spec.name))
      .map(async (spec) => ({
        name: spec.name,
        base: basePaths.has(spec.path) ? await specSide(base.reader, repo, spec.path, base.label) : undefined,
        revision: revisionPaths.has(spec.path) ? await specSide(revision.reader, repo, spec.path, revision.label) : undefined,
        options: jobOptions,
      })),
  );
  return runServiceJobs(jobs, options);
}

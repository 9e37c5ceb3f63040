import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare } from '../../src/index.js';
import { checkSurfaces } from '../../src/check/check-surfaces.js';
import { folderSurface } from '../../src/check/surface.js';
import { loadConfigFile } from '../../src/config/load-config.js';
import type { Finding } from '../../src/types.js';
import type { ApicompatConfig } from '../../src/policy.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RULE_FIXTURES = path.join(ROOT, 'fixtures/rules');
/** Fixtures compare sunsets with this day, so their verdicts never depend on when tests run. */
export const FIXTURE_TODAY = '2026-06-15';

/** One expected finding: every field that a user sees, with locations as `file:line`. */
export interface ExpectedFinding {
  ruleId: string;
  class: string;
  /** The forward verdict: can a client built on the revision fail against the base's server? */
  forward: string;
  operation?: string;
  message: string;
  base?: string;
  revision?: string;
}

/** Policy fixtures: pairs whose findings depend on a policy across rules (`x-stability-level`), same layout. */
export const STABILITY_FIXTURES = path.join(ROOT, 'fixtures/stability');

export function fixtureFolders(root = RULE_FIXTURES): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root).filter((d) => existsSync(path.join(root, d, 'expected.json'))).sort();
}

/** Every base/revision document pair under the fixture roots, with the policy of its config.yaml. */
export function fixturePairs(roots = [RULE_FIXTURES, STABILITY_FIXTURES, path.join(ROOT, 'fixtures/equivalence')]): FixturePair[] {
  const pairs: FixturePair[] = [];
  for (const root of roots) {
    for (const name of readdirSync(root).sort()) {
      const folder = path.join(root, name);
      // Service fixtures hold folders of services, not one pair; files here are not fixtures.
      if (!statSync(folder).isDirectory() || existsSync(path.join(folder, 'base/'))) continue;
      const configFile = path.join(folder, 'config.yaml');
      pairs.push({
        name: path.relative(ROOT, folder),
        base: sideFile(folder, 'base'),
        revision: sideFile(folder, 'revision'),
        config: existsSync(configFile) ? loadConfigFile(configFile).config : {},
      });
    }
  }
  return pairs;
}

export interface FixturePair {
  /** The folder, relative to the repository. */
  name: string;
  base: string;
  revision: string;
  config: ApicompatConfig;
}

function sideFile(folder: string, side: 'base' | 'revision'): string {
  for (const ext of ['yaml', 'yml', 'json']) {
    const file = path.join(folder, `${side}.${ext}`);
    if (existsSync(file)) return file;
  }
  throw new Error(`${folder}: no ${side}.yaml or ${side}.json`);
}

export async function actualFindings(name: string, root = RULE_FIXTURES): Promise<ExpectedFinding[]> {
  const folder = path.join(root, name);
  if (existsSync(path.join(folder, 'base/')) && existsSync(path.join(folder, 'revision/'))) return (await compareSurfaceFolders(folder)).changes.map(toExpected);
  // A fixture may carry policy (e.g. `deprecation`) in a config.yaml next to base and revision.
  const configFile = path.join(folder, 'config.yaml');
  const config = existsSync(configFile) ? loadConfigFile(configFile).config : {};
  const report = await compare(sideFile(folder, 'base'), sideFile(folder, 'revision'), { ...config, cwd: folder, today: FIXTURE_TODAY });
  return report.changes.map(toExpected);
}

/** Service rules compare two API surfaces: `base/` and `revision/`, one folder per service. */
async function compareSurfaceFolders(folder: string) {
  const [base, revision] = await Promise.all([folderSurface(path.join(folder, 'base'), 'base'), folderSurface(path.join(folder, 'revision'), 'revision')]);
  return checkSurfaces(base, revision, { today: FIXTURE_TODAY, displayRoot: folder });
}

export function toExpected(f: Finding): ExpectedFinding {
  const loc = (l: Finding['base']) => (l ? `${l.file}:${l.line ?? '?'}` : undefined);
  return {
    ruleId: f.ruleId,
    class: f.class,
    forward: f.forward,
    ...(f.operation ? { operation: `${f.operation.method} ${f.operation.path}` } : {}),
    message: f.message,
    ...(f.base ? { base: loc(f.base) } : {}),
    ...(f.revision ? { revision: loc(f.revision) } : {}),
  };
}

export function expectedFindings(name: string, root = RULE_FIXTURES): ExpectedFinding[] {
  return JSON.parse(readFileSync(path.join(root, name, 'expected.json'), 'utf8')) as ExpectedFinding[];
}

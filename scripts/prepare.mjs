/* global process, URL */
// `npm run prepare` (npm ci, npm pack, installs from git): build dist/ with the package's own
// tools. Plain JavaScript, as it may run before any dependency is installed: npm 11 installing a
// git package globally (pre-commit's `language: node` does) runs `prepare` in the clone without
// installing the package's dependencies first (npm/cli#8440), so they are installed here, pinned
// by the lock file, and only in that case.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));

if (!existsSync(tsx)) {
  // The global install's settings reach this nested npm through the environment; this install is local.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_(global|location|prefix|install_links)$/i.test(key)));
  const npm = process.env.npm_execpath;
  const args = ['ci', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund'];
  const installed = npm ? spawnSync(process.execPath, [npm, ...args], { cwd: root, env, stdio: 'inherit' }) : spawnSync('npm', args, { cwd: root, env, stdio: 'inherit', shell: process.platform === 'win32' });
  if (installed.status !== 0) process.exit(installed.status ?? 1);
}
const built = spawnSync(process.execPath, [tsx, 'scripts/build.ts'], { cwd: root, stdio: 'inherit' });
process.exit(built.status ?? 1);

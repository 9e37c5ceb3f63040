// Throwaway git repositories for tests, removed after the test file. No system or user git
// configuration leaks in, whatever the machine has.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const GIT_VARS = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: os.devNull,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};
// apicompat runs git in this process too (check, REF:PATH): it must see the same configuration.
Object.assign(process.env, GIT_VARS);

/** The environment for a spawned process that runs git: this one's, with the variables above. */
export const GIT_ENV: NodeJS.ProcessEnv = { ...process.env };

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder (its real path, as git reports it), removed after the test file. */
export function tempDir(prefix = 'apicompat-test-'): string {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), prefix)));
  temps.push(dir);
  return dir;
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Writes a file at a path relative to `root`, making its folders. */
export function write(root: string, file: string, content: string | Uint8Array): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
}

/** Stages everything and commits it; returns the commit. */
export function commitAll(repo: string, message: string): string {
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message);
  return git(repo, 'rev-parse', 'HEAD').trim();
}

/** A new repository on `main` with `files` committed; returns its folder. */
export function repoWith(files: Record<string, string>, dir = tempDir('apicompat-repo-')): string {
  git(dir, 'init', '-q', '-b', 'main');
  for (const [file, text] of Object.entries(files)) write(dir, file, text);
  commitAll(dir, 'first');
  return dir;
}

/** An empty repository on `main`, with the functions above bound to it. */
export interface TempRepo {
  dir: string;
  git(...args: string[]): string;
  write(file: string, content: string | Uint8Array): void;
  commitAll(message: string): string;
}

export function tempRepo(prefix = 'apicompat-repo-'): TempRepo {
  const dir = tempDir(prefix);
  git(dir, 'init', '-q', '-b', 'main');
  return {
    dir,
    git: (...args) => git(dir, ...args),
    write: (file, content) => write(dir, file, content),
    commitAll: (message) => commitAll(dir, message),
  };
}

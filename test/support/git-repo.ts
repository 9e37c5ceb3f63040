import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Git as tests run it: no system or user configuration, whatever the machine has. */
export const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: os.devNull };

/** A throwaway repository on `main` in a temporary folder (its real path, as git reports it). */
export interface TempRepo {
  dir: string;
  git(...args: string[]): string;
  /** Writes a file at a path relative to the repository, making its folders. */
  write(file: string, content: string | Uint8Array): void;
  /** Stages everything and commits it. */
  commitAll(message: string): void;
  remove(): void;
}

export function tempRepo(prefix = 'apicompat-repo-'): TempRepo {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), prefix)));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  return {
    dir,
    git,
    write(file, content) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), content);
    },
    commitAll(message) {
      git('add', '-A');
      git('-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', message);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

// Real git repositories in temp folders for CLI tests; no global or system git configuration leaks in.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export const GIT_ENV = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: os.devNull, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };
Object.assign(process.env, GIT_ENV);

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the test file. */
export function tempDir(prefix = 'apicompat-test-'): string {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), prefix)));
  temps.push(dir);
  return dir;
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/** `files` committed on `main` of a new repository. */
export function repoWith(files: Record<string, string>, dir = tempDir()): string {
  git(dir, 'init', '-q', '-b', 'main');
  for (const [file, text] of Object.entries(files)) write(dir, file, text);
  commitAll(dir, 'first');
  return dir;
}

export function commitAll(repo: string, message: string): string {
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message);
  return git(repo, 'rev-parse', 'HEAD').trim();
}

/** An OpenAPI 3.1 document with a GET on each of `paths` and, optionally, a DELETE on the first. */
export function openapi(paths: string[], { withDelete = false } = {}): string {
  const ops = paths.map(
    (p, i) => `  ${p}:
    get:
      responses:
        "200":
          description: OK.
${i === 0 && withDelete ? `    delete:
      responses:
        "204":
          description: Deleted.
` : ''}`,
  );
  return `openapi: 3.1.0
info:
  title: Test
  version: 1.0.0
paths:
${ops.join('')}`;
}

/** A document whose response schema lives in `../schemas/item.yaml`, out of the document's folder. */
export const DOC_WITH_REF = `openapi: 3.1.0
info:
  title: Shop
  version: 1.0.0
paths:
  /items:
    get:
      responses:
        "200":
          description: The items.
          content:
            application/json:
              schema:
                $ref: '../schemas/item.yaml'
`;
export const ITEM = 'type: object\nrequired: [id]\nproperties:\n  id:\n    type: string\n';
export const ITEM_OPTIONAL = 'type: object\nproperties:\n  id:\n    type: string\n';

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// No global or system git configuration leaks into the test repositories.
process.env.GIT_CONFIG_NOSYSTEM = '1';
process.env.GIT_CONFIG_GLOBAL = os.devNull;

/** A one-service contract: `GET /orders` and `DELETE /orders/{id}`. */
export const ORDERS = `openapi: 3.0.3
info:
  title: Orders
  version: 1.0.0
paths:
  /orders:
    get:
      responses:
        "200":
          description: The orders.
  /orders/{id}:
    delete:
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        "204":
          description: Deleted.
`;

/** ORDERS without its DELETE operation: one breaking change. */
export const ORDERS_WITHOUT_DELETE = ORDERS.slice(0, ORDERS.indexOf('  /orders/{id}:'));

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function writeIn(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/** A git repository in a temp folder with `files` committed on `main`; `remove()` deletes it. */
export function tempRepo(files: Record<string, string>): { repo: string; remove: () => void } {
  const repo = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'apicompat-repo-')));
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.name', 'Test');
  git(repo, 'config', 'user.email', 'test@example.com');
  for (const [file, text] of Object.entries(files)) writeIn(repo, file, text);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'first');
  return { repo, remove: () => rmSync(repo, { recursive: true, force: true }) };
}

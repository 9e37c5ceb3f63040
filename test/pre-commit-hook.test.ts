import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/fixtures.js';
import { runCli } from './support/run-cli.js';
import { ORDERS, ORDERS_WITHOUT_DELETE } from './support/documents.js';
import { git, repoWith, write } from './support/git-repo.js';

interface Hook {
  id: string;
  entry: string;
  language: string;
  pass_filenames: boolean;
  files: string;
}

const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = hooks.find((h) => h.id === 'apicompat')!;

let repo: string;
beforeAll(() => {
  repo = repoWith({ 'docs/openapi.yaml': ORDERS });
});

/** The hook's command as pre-commit runs it (file names are not passed), with the user's `args`. */
function runHook(...args: string[]) {
  const [bin, ...argv] = hook.entry.split(' ');
  expect(bin).toBe(Object.keys((JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin)[0]);
  return runCli([...argv, ...args], { cwd: repo });
}

describe('the pre-commit hook', () => {
  it('is a node hook that takes no file names and runs on staged YAML or JSON', () => {
    expect(hook).toMatchObject({ language: 'node', pass_filenames: false });
    expect(['docs/openapi.yaml', 'api/spec.json', 'a.yml'].every((f) => new RegExp(hook.files).test(f))).toBe(true);
    expect(new RegExp(hook.files).test('src/index.ts')).toBe(false);
  });

  it('stops a commit whose staged contract breaks clients of HEAD, whatever the working tree holds', async () => {
    write(repo, 'docs/openapi.yaml', ORDERS_WITHOUT_DELETE);
    git(repo, 'add', 'docs/openapi.yaml');
    write(repo, 'docs/openapi.yaml', ORDERS);
    const run = await runHook('--spec', 'docs/openapi.yaml');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('operation-removed-without-deprecation');
  });

  it('lets a commit through when the break is only in unstaged edits', async () => {
    git(repo, 'add', 'docs/openapi.yaml');
    write(repo, 'docs/openapi.yaml', ORDERS_WITHOUT_DELETE);
    const run = await runHook('--spec', 'docs/openapi.yaml');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No API changes.');
  });
});

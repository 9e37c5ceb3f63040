import { spawn } from 'node:child_process';
import path from 'node:path';
import { InputError } from './input-error.js';
import type { FileSource } from './source.js';

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/**
 * Runs the real `git` in `cwd`. Read-only commands only: optional locks are off so that not even
 * the index's stat cache is refreshed.
 */
export function runGit(args: string[], cwd: string, input?: string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd,
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT' ? new InputError('git is not installed or not on PATH: install git to use `apicompat check`') : error);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8').trim() }));
    child.stdin.on('error', () => {
      // git exited before reading all input; its exit code tells what happened
    });
    child.stdin.end(input ?? '');
  });
}

/** A blob of a git tree, with its path relative to the repository root (POSIX). */
export interface TreeEntry {
  path: string;
  sha: string;
}

/** Every file under `folder` (relative to the repository root) in the tree of `ref`; empty when the folder is absent there. */
export async function listTree(repoRoot: string, ref: string, folder: string): Promise<TreeEntry[]> {
  const result = await runGit(['ls-tree', '-r', '-z', '--full-tree', ref, '--', folder], repoRoot);
  if (result.code !== 0) throw new InputError(`git ls-tree ${ref} failed: ${firstLine(result.stderr)}`);
  const entries: TreeEntry[] = [];
  for (const record of result.stdout.toString('utf8').split('\0')) {
    if (record === '') continue;
    const tab = record.indexOf('\t');
    const [mode, type, sha] = record.slice(0, tab).split(' ');
    // Symbolic links and submodules are not documents of this tree.
    if (type !== 'blob' || mode === '120000') continue;
    entries.push({ path: record.slice(tab + 1), sha });
  }
  return entries;
}

/**
 * Every file under `folder` as staged in git's index (what the next commit would hold), read-only:
 * `ls-files --stage` lists the staged blobs without writing a tree. Refused while a merge leaves
 * files unresolved, since the index then holds no single version of them.
 */
export async function listIndex(repoRoot: string, folder: string): Promise<TreeEntry[]> {
  const result = await runGit(['ls-files', '--stage', '-z', '--', folder], repoRoot);
  if (result.code !== 0) throw new InputError(`git ls-files failed: ${firstLine(result.stderr)}`);
  const entries: TreeEntry[] = [];
  for (const record of result.stdout.toString('utf8').split('\0')) {
    if (record === '') continue;
    const tab = record.indexOf('\t');
    const [mode, sha, stage] = record.slice(0, tab).split(' ');
    const file = record.slice(tab + 1);
    if (stage !== '0') throw new InputError(`${file} has unresolved merge conflicts in the index: resolve and stage it first`);
    // Symbolic links and submodules are not documents of this tree.
    if (mode === '120000' || mode === '160000') continue;
    entries.push({ path: file, sha });
  }
  return entries;
}

/** Reads blobs with one `git cat-file --batch`; keys are the entries' paths. */
export async function readBlobs(repoRoot: string, entries: readonly TreeEntry[]): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  if (entries.length === 0) return files;
  const result = await runGit(['cat-file', '--batch'], repoRoot, entries.map((e) => `${e.sha}\n`).join(''));
  if (result.code !== 0) throw new InputError(`git cat-file failed: ${firstLine(result.stderr)}`);
  const out = result.stdout;
  let offset = 0;
  for (const entry of entries) {
    const newline = out.indexOf(10, offset);
    const header = out.subarray(offset, newline).toString('utf8');
    const [sha, type, size] = header.split(' ');
    if (sha !== entry.sha || type !== 'blob') {
      throw new InputError(`git object ${entry.sha} of ${entry.path} is missing from the object store (${header}); fetch it`);
    }
    const start = newline + 1;
    const end = start + Number(size);
    // A copy, not a view: a view would drag the whole output along when sent to a worker thread.
    files.set(entry.path, new Uint8Array(out.subarray(start, end)));
    offset = end + 1;
  }
  return files;
}

/** A `FileSource` over files already in memory, keyed by absolute POSIX path; `$ref`s may not leave `root`. */
export function memorySource(root: string, files: ReadonlyMap<string, Uint8Array>): FileSource {
  return {
    root,
    read(file) {
      const bytes = files.get(file);
      if (bytes === undefined) return Promise.reject(new InputError('file not found', file));
      return Promise.resolve(bytes);
    },
  };
}

/**
 * A `FileSource` over the files under `folder` in the tree of `ref`, read straight from the object
 * store (no checkout). Absolute paths are `repoRoot` + the path in the tree.
 */
export async function gitSource(repoRoot: string, ref: string, folder: string): Promise<FileSource> {
  const entries = await listTree(repoRoot, ref, folder);
  const blobs = await readBlobs(repoRoot, entries);
  const files = new Map<string, Uint8Array>();
  for (const [file, bytes] of blobs) files.set(path.posix.join(repoRoot, file), bytes);
  return memorySource(path.posix.join(repoRoot, folder), files);
}

/** The git directory of the work tree holding `cwd` (a worktree's own), or undefined outside git. */
export async function gitDirectory(cwd: string): Promise<string | undefined> {
  const result = await runGit(['rev-parse', '--absolute-git-dir'], cwd).catch(() => undefined);
  return result?.code === 0 ? result.stdout.toString('utf8').trim() : undefined;
}

export function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}

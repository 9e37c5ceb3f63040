// What `diff` (and `compare()`) accept as a document: a path on disk, or `REF:PATH` read from git's
// object store, its `$ref`s resolved in the same commit. URLs are refused: nothing is fetched.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { firstLine, runGit } from './git-source.js';
import { InputError } from './input-error.js';
import { confinementOf } from './root.js';
import { fileSystemSource, type FileSource } from './source.js';
import { gitTreeReader } from './tree-reader.js';

export interface OpenedInput {
  /** Absolute path of the entry document (for `REF:PATH`, where it lies in the work tree). */
  entry: string;
  source: FileSource;
}

export interface InputOptions {
  cwd: string;
  /** The folder `$ref`s may not leave, for documents on disk; default: the git work tree, else the document's folder. */
  root?: string;
}

export async function openInput(argument: string, options: InputOptions): Promise<OpenedInput> {
  if (/^https?:\/\//i.test(argument)) throw new InputError(`URLs are not fetched: download the document and pass its path (got ${argument})`);
  const absolute = path.resolve(options.cwd, argument);
  const revision = existsSync(absolute) ? undefined : splitRevision(argument);
  if (revision) return openInCommit(revision.ref, revision.file, options.cwd);
  if (options.root !== undefined) {
    const root = path.resolve(options.cwd, options.root);
    return { entry: absolute, source: fileSystemSource(root, { entry: absolute, leaveHint: 'the root given (--root, or the option `root`)' }) };
  }
  const found = await confinementOf(absolute);
  const leaveHint = found.inGit ? 'the git work tree' : 'no git work tree here: set a root folder (--root DIR, or the option `root`) to allow $refs up to it';
  return { entry: absolute, source: fileSystemSource(found.root, { entry: absolute, leaveHint }) };
}

/** `REF:PATH` as git writes it; not a Windows drive (`C:\...`). Ref names cannot hold a colon. */
function splitRevision(argument: string): { ref: string; file: string } | undefined {
  const colon = argument.indexOf(':');
  if (colon < 2 || colon === argument.length - 1) return undefined;
  return { ref: argument.slice(0, colon), file: argument.slice(colon + 1) };
}

/**
 * The document at `file` in the commit `ref` names. As in git, `file` is relative to the repository
 * root unless it starts with `./` or `../` (then to the working folder). `$ref`s may reach
 * anywhere in the repository, as it was in that commit.
 */
async function openInCommit(ref: string, file: string, cwd: string): Promise<OpenedInput> {
  const top = await runGit(['rev-parse', '--show-toplevel'], cwd).catch(() => undefined);
  if (!top || top.code !== 0) throw new InputError(`${ref}:${file}: no such file, and not a git repository to read ${ref} from`);
  const repo = top.stdout.toString('utf8').trim();
  const commit = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], repo);
  if (commit.code !== 0) throw new InputError(`${ref}:${file}: no such file, and "${ref}" is no branch, tag or commit (${firstLine(commit.stderr) || 'unknown revision'})`);
  const inRepo = /^\.\.?\//.test(file) ? path.relative(repo, path.resolve(cwd, file)).split(path.sep).join('/') : file.replace(/^\/+/, '');
  if (inRepo.startsWith('../')) throw new InputError(`${ref}:${file} lies outside the repository ${repo}`);
  const reader = gitTreeReader(repo, commit.stdout.toString('utf8').trim());
  const entry = path.posix.join(repo, inRepo);
  if (!(await reader.paths()).has(inRepo)) throw new InputError(`no file ${inRepo} in ${ref}`);
  return {
    entry,
    source: {
      root: repo,
      leaveHint: `the repository, as in ${ref}`,
      async read(wanted) {
        const bytes = await reader.read(path.posix.relative(repo, wanted));
        if (bytes === undefined) throw new InputError(`file not found in ${ref}`, wanted);
        return bytes;
      },
    },
  };
}

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gitSource, listTree, readBlobs } from '../src/load/git-source.js';
import { loadSpec } from '../src/load/load-spec.js';
import { tempRepo, type TempRepo } from './support/git-repo.js';

let repo: string;
let temp: TempRepo;

beforeAll(() => {
  temp = tempRepo('apicompat-git-');
  repo = temp.dir;
  const { write } = temp;
  write('specs/a b/ünï.yaml', 'openapi: 3.0.3\ninfo: {title: A, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    X: {$ref: "../shared/x.yaml"}\n');
  write('specs/shared/x.yaml', 'type: string\n');
  write('specs/bin.dat', new Uint8Array([0, 1, 2, 10, 255]));
  write('other/outside.yaml', 'type: integer\n');
  temp.commitAll('one');
  // The working tree differs from the commit: the reads below must not see these edits.
  write('specs/shared/x.yaml', 'type: number\n');
});

describe('git-backed reading', () => {
  it('lists the files under a folder at a ref, with unusual names intact', async () => {
    const entries = await listTree(repo, 'HEAD', 'specs/');
    expect(entries.map((e) => e.path)).toEqual(['specs/a b/ünï.yaml', 'specs/bin.dat', 'specs/shared/x.yaml']);
    expect(await listTree(repo, 'HEAD', 'missing/')).toEqual([]);
  });

  it('reads blobs byte for byte from the object store, not the working tree', async () => {
    const blobs = await readBlobs(repo, await listTree(repo, 'HEAD', 'specs/'));
    expect([...blobs.get('specs/bin.dat')!]).toEqual([0, 1, 2, 10, 255]);
    expect(Buffer.from(blobs.get('specs/shared/x.yaml')!).toString()).toBe('type: string\n');
  });

  it('loads a multi-file spec from a ref, resolving $refs in the same tree', async () => {
    const source = await gitSource(repo, 'HEAD', 'specs');
    const spec = await loadSpec(path.posix.join(repo, 'specs/a b/ünï.yaml'), source);
    expect([...spec.files.keys()]).toEqual([path.posix.join(repo, 'specs/a b/ünï.yaml'), path.posix.join(repo, 'specs/shared/x.yaml')]);
    expect(spec.files.get(path.posix.join(repo, 'specs/shared/x.yaml'))!.value).toEqual({ type: 'string' });
    await expect(source.read(path.posix.join(repo, 'other/outside.yaml'))).rejects.toThrow('file not found');
  });
});

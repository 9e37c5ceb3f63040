import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/registry.js';
import type { Subject } from '../src/diff/change.js';
import { registrySource, rulesDoc } from '../scripts/generate.js';
import { ROOT, expectedFindings, fixtureFolders } from './support/fixtures.js';

const MIRRORS: Partial<Record<Subject, Subject>> = {
  'request-parameter': 'response-header',
  'request-body': 'response-body',
  'request-property': 'response-property',
  'response-header': 'request-parameter',
  'response-body': 'request-body',
  'response-property': 'request-property',
};

/** Negative cases that are the very pair of another fixture: `<rule-id>--<case>` → that folder. */
const SAME_AS = JSON.parse(readFileSync(path.join(ROOT, 'fixtures/rules/same-as.json'), 'utf8')) as Record<string, string>;

describe('rule registry', () => {
  it('has unique kebab-case ids, each written in a catalogue file (a family by its name after the site)', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const dir = path.join(ROOT, 'src/rules/catalogue');
    const written = readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
    const unwritten = RULES.filter((r) => !written.includes(`id: '${r.id}'`) && !written.includes(`name: '${r.id.slice(r.subject.length + 1)}'`));
    expect(unwritten.map((r) => r.id)).toEqual([]);
  });

  it('is what the generator writes, and so is docs/rules.md', async () => {
    expect(readFileSync(path.join(ROOT, 'src/rules/registry.ts'), 'utf8')).toBe(registrySource());
    expect(readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8')).toBe(await rulesDoc());
  });

  it('gives every rule a fixture where it fires and one where it stays silent', () => {
    const folders = fixtureFolders();
    const missing: string[] = [];
    for (const rule of RULES) {
      const positive = folders.includes(rule.id) && expectedFindings(rule.id).some((f) => f.ruleId === rule.id);
      // A negative case may be another rule's fixture, named here by what it shows (fixtures/rules/same-as.json).
      const negatives = [...folders.filter((f) => f.startsWith(`${rule.id}--`)), ...Object.entries(SAME_AS).filter(([name]) => name.startsWith(`${rule.id}--`)).map(([, folder]) => folder)];
      const negative = negatives.some((f) => !expectedFindings(f).some((e) => e.ruleId === rule.id));
      if (!positive) missing.push(`${rule.id}: no positive fixture`);
      if (!negative) missing.push(`${rule.id}: no negative fixture`);
    }
    expect(missing).toEqual([]);
  });

  it('gives every request rule a response mirror (and back), or a reason why not', () => {
    const kinds = new Set(RULES.map((r) => `${r.subject}:${r.kind}`));
    const lonely = RULES.filter((r) => {
      const mirror = MIRRORS[r.subject];
      return mirror !== undefined && !kinds.has(`${mirror}:${r.kind}`) && !r.noMirror;
    }).map((r) => r.id);
    expect(lonely).toEqual([]);
  });

  it('has a description, a why and a fix for every rule', () => {
    for (const rule of RULES) {
      expect(rule.description.length, rule.id).toBeGreaterThan(10);
      expect(rule.why.length, rule.id).toBeGreaterThan(10);
      expect(rule.fix.length, rule.id).toBeGreaterThan(5);
    }
  });
});

describe('fixtures', () => {
  it('holds no two folders with the same files', () => {
    const seen = new Map<string, string>();
    const twins: string[] = [];
    for (const root of ['fixtures/rules', 'fixtures/stability', 'fixtures/equivalence']) {
      for (const name of readdirSync(path.join(ROOT, root))) {
        const folder = path.join(ROOT, root, name);
        if (!statSync(folder).isDirectory()) continue;
        const key = folderContent(folder);
        const twin = seen.get(key);
        if (twin) twins.push(`${root}/${name} = ${twin}`);
        else seen.set(key, `${root}/${name}`);
      }
    }
    expect(twins).toEqual([]);
  });

  it('names in same-as.json cases that are not folders, pointing at folders that are', () => {
    const folders = new Set(fixtureFolders());
    for (const [name, folder] of Object.entries(SAME_AS)) {
      expect(folders.has(name), name).toBe(false);
      expect(folders.has(folder), folder).toBe(true);
    }
  });
});

/** Every file of a folder, by relative path, as one string. */
function folderContent(folder: string, prefix = ''): string {
  return readdirSync(folder)
    .sort()
    .map((name) => {
      const file = path.join(folder, name);
      return statSync(file).isDirectory() ? folderContent(file, `${prefix}${name}/`) : `${prefix}${name}\n${readFileSync(file, 'utf8')}`;
    })
    .join('\0');
}

// What a report shows of loaded documents, the same for `compare()` and `check`: paths relative to
// a folder, the text of every file, the `info.version`.
import path from 'node:path';
import type { Finding } from '../types.js';
import type { LoadedSpec } from './loaded-spec.js';

/** Paths as reports show them: relative to `root`, with `/` (the path itself when it is the root). */
export function displayPaths(root: string): (file: string) => string {
  const shown = new Map<string, string>();
  return (file) => {
    let relative = shown.get(file);
    if (relative === undefined) shown.set(file, (relative = path.relative(root, file).split(path.sep).join('/') || file));
    return relative;
  };
}

/** Points the findings' locations at their files as reports show them. */
export function displayFindingFiles(findings: readonly Finding[], display: (file: string) => string): void {
  for (const finding of findings) {
    if (finding.base) finding.base.file = display(finding.base.file);
    if (finding.revision) finding.revision.file = display(finding.revision.file);
  }
}

/** The text of every loaded file, keyed by its path as reports show it. */
export function sourcesOf(spec: LoadedSpec | undefined, display: (file: string) => string): Record<string, string> {
  return spec ? Object.fromEntries([...spec.files].map(([file, parsed]) => [display(file), parsed.text])) : {};
}

/** The entry document's `info.version`, as a string. */
export function versionOf(spec: LoadedSpec): string | undefined {
  const info = (spec.files.get(spec.entry)!.value as { info?: { version?: unknown } }).info;
  return info?.version === undefined ? undefined : String(info.version);
}

import type { Finding, SourceLocation } from '../types.js';
import type { LoadedSpec } from './loaded-spec.js';

/** Fills in line numbers, one batch per file, only for locations that ended up in findings. */
export function locateFindings(findings: Finding[], base: LoadedSpec, revision: LoadedSpec): void {
  for (const [side, spec] of [['base', base], ['revision', revision]] as const) {
    const byFile = new Map<string, SourceLocation[]>();
    for (const finding of findings) {
      const loc = finding[side];
      if (!loc) continue;
      const list = byFile.get(loc.file);
      if (list) list.push(loc);
      else byFile.set(loc.file, [loc]);
    }
    for (const [file, locs] of byFile) {
      const parsed = spec.files.get(file);
      if (!parsed) continue;
      const lines = parsed.lines(new Set(locs.map((l) => l.pointer)));
      for (const loc of locs) loc.line = lines.get(loc.pointer);
    }
  }
}

import type { Finding, SourceLocation } from '../types.js';
import type { LoadedSpec } from './loaded-spec.js';

/** Fills in line numbers (and columns on long lines), one batch per file, only for locations that ended up in findings. */
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
      const positions = parsed.positions(new Set(locs.map((l) => l.pointer)));
      for (const loc of locs) {
        const position = positions.get(loc.pointer);
        loc.line = position?.line;
        if (position?.column !== undefined) loc.column = position.column;
      }
    }
  }
}

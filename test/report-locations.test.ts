import { describe, expect, it } from 'vitest';
import { FORMATS, REPORTERS, type Format } from '../src/report/reporters.js';
import type { Finding } from '../src/types.js';
import { fixtureReport } from './support/report-fixture.js';

/** Whether `output` gives `finding` a file and line on at least one side, in the format's own way. */
function located(format: Format, output: string, finding: Finding): boolean {
  const sides = [finding.base, finding.revision].filter((l) => l?.line !== undefined) as { file: string; line: number }[];
  if (format === 'github') return sides.some((s) => output.includes(`file=${s.file},line=${s.line},title=${finding.ruleId}`));
  if (format === 'sarif') {
    const results = (JSON.parse(output) as { runs: { results: { partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] }).runs[0].results;
    const result = results.find((r) => Object.values(r.partialFingerprints).includes(finding.edit!));
    const at = result?.locations[0].physicalLocation;
    return sides.some((s) => at?.artifactLocation.uri === s.file && at.region.startLine === s.line);
  }
  if (format === 'json') {
    const changes = (JSON.parse(output) as { changes: { id: string; base?: { file: string; line: number }; revision?: { file: string; line: number } }[] }).changes;
    const change = changes.find((c) => c.id === finding.id);
    return [change?.base, change?.revision].some((l) => l !== undefined && typeof l.line === 'number' && l.line > 0);
  }
  // Text formats: the `file:line` of one of its sides (each finding of the fixture has its own lines).
  return sides.some((s) => output.includes(`${s.file}:${s.line}`));
}

describe('every finding in every format has a file:line', () => {
  it.each(['yaml', 'json'] as const)('for %s inputs', async (kind) => {
    const { report, options } = await fixtureReport(kind);
    expect(report.changes).toHaveLength(8);
    const places = report.changes.map((f) => `${f.revision?.file}:${f.revision?.line}`);
    expect(new Set(places).size).toBe(places.length);
    for (const finding of report.changes) {
      expect(finding.base?.line ?? finding.revision?.line, finding.ruleId).toBeGreaterThan(0);
    }
    const missing: string[] = [];
    for (const format of FORMATS) {
      const output = REPORTERS[format](report, options);
      for (const finding of report.changes) if (!located(format, output, finding)) missing.push(`${format}: ${finding.ruleId}`);
    }
    expect(missing).toEqual([]);
  });
});

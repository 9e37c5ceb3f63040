import type { Command } from 'commander';
import { shouldFail } from '../classify/classify.js';
import { compare } from '../index.js';
import { FORMATS, REPORTERS, type Format } from '../report/reporters.js';
import { reportWarning, UsageError } from './errors.js';
import { EXIT, type CliIo } from './io.js';
import { resolveToday, useColor } from './options.js';
import { compareOptionsOf, compatibilityOf, failOnOf, loadPolicy } from './policy-options.js';
import { addOutputOptions, type OutputFlags } from './output-options.js';
import { lastRunFile, writeLastRun } from './last-run.js';
import { fullReportOf, sourceCollector, writeReportFiles } from './report-files.js';
import { appendStepSummary } from './step-summary.js';

interface DiffFlags extends OutputFlags {
  root?: string;
}

export function registerDiff(program: Command, io: CliIo, setExit: (code: number) => void): void {
  addOutputOptions(
    program
      .command('diff')
      .description('compare two OpenAPI documents (YAML or JSON; Swagger 2.0, OpenAPI 3.0, 3.1 and 3.2)')
      .argument('<base>', 'the old contract: a file, or REF:PATH to read it from git (e.g. HEAD:docs/openapi.yaml)')
      .argument('<revision>', 'the new contract: a file, or REF:PATH')
      .option('--root <dir>', '$refs of files on disk may reach up to this folder (default: the git work tree, else the document\'s folder)'),
  ).action(async (base: string, revision: string, flags: DiffFlags) => {
      const format = parseFormat(flags.format);
      const policy = loadPolicy(flags, io);
      const failOn = failOnOf(flags, policy);
      const compatibility = compatibilityOf(flags, policy);
      const sources = sourceCollector();
      const report = await compare(base, revision, {
        ...compareOptionsOf(policy, flags),
        cwd: io.cwd,
        root: flags.root,
        today: resolveToday(flags.today, io),
        onSources: sources.onSources,
        onWarning: (warning) => reportWarning(warning, io),
      });
      const unrecorded = writeLastRun(await lastRunFile(io.cwd, io.env), report.changes);
      if (unrecorded) io.stderr(`apicompat: note: ${unrecorded}\n`);
      const reportOptions = { color: useColor(io, flags.color), failOn, compatibility, sources: sources.sources(), fullReport: fullReportOf(flags.report) };
      io.stdout(REPORTERS[format](report, reportOptions));
      await writeReportFiles(report, flags.report, reportOptions, io);
      appendStepSummary(report, format, reportOptions, io);
      setExit(shouldFail(report.changes, failOn, compatibility) ? EXIT.policy : EXIT.ok);
    });
}

export function parseFormat(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${value}")`);
}

import path from 'node:path';
import type { Command } from 'commander';
import { failsPolicy } from '../report/reporter.js';
import { DEFAULT_SURFACE, runCheck, type NamedSpec } from '../check/run-check.js';
import { todayUtc } from '../index.js';
import { REPORTERS } from '../report/reporters.js';
import { parseFormat } from './diff-command.js';
import { EXIT, type CliIo } from './io.js';
import { lastRunFile, writeLastRun } from './last-run.js';
import { resolveToday, useColor } from './options.js';
import { compareOptionsOf, compatibilityOf, failOnOf, loadPolicy, type CliPolicy } from './policy-options.js';
import { addOutputOptions, type OutputFlags } from './output-options.js';
import { fullReportOf, sourceCollector, writeReportFiles } from './report-files.js';
import { appendStepSummary } from './step-summary.js';

interface CheckFlags extends OutputFlags {
  base?: string;
  head?: string;
  staged?: boolean;
  surface?: string;
  spec: string[];
  service: string[];
  fetch?: boolean;
}

export function registerCheck(program: Command, io: CliIo, setExit: (code: number) => void): void {
  addOutputOptions(
    program
      .command('check')
      .description(`compare every service of the repository's ${DEFAULT_SURFACE}/ with a git ref (default: the merge base with the target branch)`)
      .option('--base <ref>', 'the git ref to compare with (default: the merge base with the pull request\'s target, the push\'s previous commit, the merge base with origin/HEAD, else, outside CI, HEAD)')
      .option('--fetch', 'fetch the base (and the history to reach it) when a shallow clone lacks it, instead of saying which git fetch would')
      .option('--head <ref>', 'compare this git ref instead of the working tree')
      .option('--staged', "compare what is staged in git's index (the next commit) instead of the working tree, as a pre-commit hook does")
      .option('--surface <dir>', `the folder holding one folder per service (default: ${DEFAULT_SURFACE}/ at the repository root)`)
      .option('--spec <path>', 'check this document as a service named after its folder or file (repeatable; globs allowed; replaces the surface folder and the configuration\'s specs)', collect, [] as string[])
      .option('--service <name>', 'only this service (repeatable)', collect, [] as string[]),
  )
    .action(async (flags: CheckFlags) => {
      const format = parseFormat(flags.format);
      const policy = loadPolicy(flags, io);
      const failOn = failOnOf(flags, policy);
      const compatibility = compatibilityOf(flags, policy);
      const today = resolveToday(flags.today, io) ?? todayUtc();
      const sources = sourceCollector();
      const report = await runCheck({
        cwd: io.cwd,
        env: io.env,
        today,
        config: compareOptionsOf(policy, flags),
        base: flags.base,
        head: flags.head,
        staged: flags.staged,
        surface: flags.surface,
        specs: namedSpecs(flags, policy, io.cwd),
        services: flags.service,
        fetch: flags.fetch === true,
        onFetch: (command) => io.stderr(`apicompat: fetching the base: ${command}\n`),
        onBase: (description) => io.stderr(`apicompat: ${description}\n`),
        // The text report goes to the terminal that already shows the base on stderr.
        noteBase: format !== 'text',
        onSources: sources.onSources,
        onWarning: (line) => io.stderr(`apicompat: warning: ${line}\n`),
      });
      // Each service is held to its own `failOn` (configuration `services.<name>.failOn`), in the exit code and the reports alike.
      const serviceFailOn = Object.fromEntries(report.services.map(({ name }) => [name, failOnOf(flags, policy, name)]));
      const serviceCompatibility = Object.fromEntries(report.services.map(({ name }) => [name, compatibilityOf(flags, policy, name)]));
      const reportOptions = { color: useColor(io, flags.color), failOn, serviceFailOn, compatibility, serviceCompatibility, sources: sources.sources(), fullReport: fullReportOf(flags.report) };
      io.stdout(REPORTERS[format](report, reportOptions));
      await writeReportFiles(report, flags.report, reportOptions, io);
      appendStepSummary(report, format, reportOptions, io);
      const unrecorded = writeLastRun(await lastRunFile(io.cwd, io.env), report.changes);
      if (unrecorded) io.stderr(`apicompat: ${unrecorded}\n`);
      setExit(failsPolicy(report.changes, reportOptions) ? EXIT.policy : EXIT.ok);
    });
}

function collect(value: string, list: string[]): string[] {
  return [...list, value];
}

/** `--spec` (relative to the working folder), else the configuration's `specs` (relative to its file). */
function namedSpecs(flags: CheckFlags, policy: CliPolicy, cwd: string): NamedSpec[] | undefined {
  if (flags.spec.length > 0) return flags.spec.map((spec) => ({ pattern: spec, origin: `--spec ${spec}`, from: cwd }));
  const listed = policy.config.specs;
  if (!listed || !policy.file) return undefined;
  const from = path.dirname(policy.file);
  return listed.map((item, i) => {
    const { path: pattern, name } = typeof item === 'string' ? { path: item, name: undefined } : item;
    return { pattern, name, origin: `specs[${i}] (${pattern}) in ${path.relative(cwd, policy.file!) || policy.file}`, from };
  });
}

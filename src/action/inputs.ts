// The Action's inputs, as the composite step hands them over (INPUT_* variables), turned into the
// `apicompat check` command line. Pure: no file, network or process access.

export interface ActionInputs {
  base?: string;
  specs: string[];
  surface?: string;
  failOn?: string;
  /** backward, forward or full; the CLI refuses anything else. */
  compatibility?: string;
  config?: string;
  comment: boolean;
  /** Extra reports to write in the working folder, as `--report FORMAT=FILE` targets. */
  reports: string[];
}

/** Where each format goes when the `format` input names no file. */
const DEFAULT_FILES: Record<string, string> = {
  text: 'apicompat.txt',
  json: 'apicompat.json',
  markdown: 'apicompat.md',
  html: 'apicompat.html',
  junit: 'apicompat.junit.xml',
  sarif: 'apicompat.sarif',
  github: 'apicompat.github.txt',
  gitlab: 'gl-code-quality-report.json',
  changelog: 'apicompat-changelog.md',
};

export function readInputs(env: Record<string, string | undefined>): ActionInputs {
  const value = (name: string) => (env[name]?.trim() ? env[name]!.trim() : undefined);
  return {
    base: value('INPUT_BASE'),
    specs: words(env.INPUT_SPECS),
    surface: value('INPUT_SURFACE'),
    failOn: value('INPUT_FAIL_ON'),
    compatibility: value('INPUT_COMPATIBILITY'),
    config: value('INPUT_CONFIG'),
    comment: /^(true|yes|1)$/i.test(value('INPUT_COMMENT') ?? ''),
    // `sarif` or `sarif=reports/api.sarif`; an unknown format is left for the CLI to refuse.
    reports: words(env.INPUT_FORMAT).map((entry) => (entry.includes('=') ? entry : `${entry}=${DEFAULT_FILES[entry] ?? `apicompat.${entry}`}`)),
  };
}

/** Space-, comma- or newline-separated entries (a YAML block scalar gives newlines). */
function words(text: string | undefined): string[] {
  return (text ?? '').split(/[\s,]+/).filter((w) => w !== '');
}

/**
 * `apicompat check` for these inputs: annotations in the log (`--format github`, which also fills
 * the job summary), the base fetched when the clone is shallow, the JSON and Markdown reports into
 * `workDir` for the outputs and the comment.
 */
export function checkArguments(inputs: ActionInputs, workDir: string): string[] {
  return [
    'check',
    '--format',
    'github',
    '--no-color',
    // A shallow checkout (actions/checkout's default) lacks the base: fetch it rather than stop.
    '--fetch',
    ...(inputs.base ? ['--base', inputs.base] : []),
    ...inputs.specs.flatMap((spec) => ['--spec', spec]),
    ...(inputs.surface ? ['--surface', inputs.surface] : []),
    ...(inputs.failOn ? ['--fail-on', inputs.failOn] : []),
    ...(inputs.compatibility ? ['--compatibility', inputs.compatibility] : []),
    ...(inputs.config ? ['--config', inputs.config] : []),
    '--report',
    `json=${workDir}/report.json`,
    '--report',
    `markdown=${workDir}/report.md`,
    ...inputs.reports.flatMap((target) => ['--report', target]),
  ];
}

/** The report files the `format` input asked for, as written relative to the working folder. */
export function reportFiles(inputs: ActionInputs): string[] {
  return inputs.reports.map((target) => target.slice(target.indexOf('=') + 1));
}

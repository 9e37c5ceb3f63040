// The GitHub Action: runs `apicompat check` in-process with the inputs, then writes the step
// outputs and, when asked, the sticky pull-request comment. The job summary and the annotations
// come from the check itself (`--format github` in Actions). Returns the check's exit code.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { main } from '../cli/main.js';
import type { CliIo } from '../cli/io.js';
import { escapeData } from '../report/github.js';
import { checkArguments, readInputs, reportFiles } from './inputs.js';
import { stepOutputs, writeStepOutputs } from './outputs.js';
import { upsertComment } from './sticky-comment.js';

export async function runAction(io: CliIo): Promise<number> {
  const inputs = readInputs(io.env);
  const workDir = await mkdtemp(path.join(io.env.RUNNER_TEMP || os.tmpdir(), 'apicompat-'));
  try {
    const code = await main(checkArguments(inputs, workDir), io);
    const report = readJson(path.join(workDir, 'report.json'));
    writeStepOutputs(io.env.GITHUB_OUTPUT, stepOutputs(report, code, reportFiles(inputs)));
    const markdown = path.join(workDir, 'report.md');
    if (inputs.comment && report && existsSync(markdown)) await comment(io, readFileSync(markdown, 'utf8'), report.summary);
    return code;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

function readJson(file: string): Parameters<typeof stepOutputs>[0] {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Parameters<typeof stepOutputs>[0]) : undefined;
}

async function comment(io: CliIo, markdown: string, summary: { breaking: number; deprecation: number; additive: number }): Promise<void> {
  const pullRequest = pullRequestNumber(io.env.GITHUB_EVENT_PATH);
  if (pullRequest === undefined) {
    io.stdout(`apicompat: this ${io.env.GITHUB_EVENT_NAME ?? 'run'} event is not about a pull request, so there is no comment to write\n`);
    return;
  }
  const { GITHUB_TOKEN: token, GITHUB_REPOSITORY: repository } = io.env;
  if (!token || !repository) {
    io.stdout(`::warning::${escapeData('apicompat: comment: true needs GITHUB_TOKEN (the token input) and GITHUB_REPOSITORY; no comment written')}\n`);
    return;
  }
  const apiUrl = io.env.GITHUB_API_URL || 'https://api.github.com';
  const hasChanges = summary.breaking + summary.deprecation + summary.additive > 0;
  try {
    const result = await upsertComment({ apiUrl, repository, pullRequest, token }, markdown, hasChanges);
    const said = result.action === 'skipped' ? 'no API changes and no earlier comment: none written' : `comment ${result.id} ${result.action}`;
    io.stdout(`apicompat: pull request #${pullRequest}: ${said}\n`);
  } catch (error) {
    // The check's verdict stands; a comment that cannot be written (a fork's read-only token) only warns.
    const reason = error instanceof Error ? error.message : String(error);
    io.stdout(`::warning::${escapeData(`apicompat could not write the pull-request comment: ${reason}. The job needs \`permissions: pull-requests: write\`; pull requests from forks get a read-only token.`)}\n`);
  }
}

/** The pull request's number in the event payload (`pull_request`, `pull_request_target`, or a comment on one). */
function pullRequestNumber(eventPath: string | undefined): number | undefined {
  if (!eventPath || !existsSync(eventPath)) return undefined;
  const event = JSON.parse(readFileSync(eventPath, 'utf8')) as { pull_request?: { number?: number }; issue?: { number?: number; pull_request?: unknown } };
  return event.pull_request?.number ?? (event.issue?.pull_request ? event.issue.number : undefined);
}

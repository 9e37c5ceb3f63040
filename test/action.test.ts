import { createServer, type IncomingMessage, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../src/action/run-action.js';
import { COMMENT_MARKER } from '../src/action/sticky-comment.js';
import { stepOutputs } from '../src/action/outputs.js';
import { ROOT } from './support/fixtures.js';
import { ORDERS, ORDERS_WITHOUT_DELETE, tempRepo, writeIn } from './support/temp-repo.js';

/** A stand-in for the GitHub REST API's issue comments, on 127.0.0.1: records every request. */
class FakeGithub {
  readonly requests: { method: string; url: string; authorization?: string; body?: { body: string } }[] = [];
  readonly comments: { id: number; body: string }[] = [{ id: 1, body: 'Looks good to me.' }];
  /** When set, every request gets this status (a fork's read-only token gets 403). */
  failWith?: number;
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void readBody(req).then((text) => {
        const body = text ? (JSON.parse(text) as { body: string }) : undefined;
        this.requests.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization, body });
        const reply = (status: number, data: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data));
        if (this.failWith) return reply(this.failWith, { message: 'Resource not accessible by integration' });
        const list = /^\/repos\/acme\/shop\/issues\/7\/comments\?per_page=100&page=(\d+)$/.exec(req.url!);
        if (req.method === 'GET' && list) return reply(200, list[1] === '1' ? this.comments : []);
        if (req.method === 'POST' && req.url === '/repos/acme/shop/issues/7/comments') {
          const comment = { id: 100 + this.comments.length, body: body!.body };
          this.comments.push(comment);
          return reply(201, comment);
        }
        const edit = /^\/repos\/acme\/shop\/issues\/comments\/(\d+)$/.exec(req.url!);
        const target = edit && this.comments.find((c) => c.id === Number(edit[1]));
        if (req.method === 'PATCH' && target) {
          target.body = body!.body;
          return reply(200, target);
        }
        reply(404, { message: 'Not Found' });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => resolve(text));
  });
}

const api = new FakeGithub();
let apiUrl: string;
let repo: string;
let removeRepo: () => void;
let runner: string;

beforeAll(async () => {
  apiUrl = await api.start();
  ({ repo, remove: removeRepo } = tempRepo({ 'docs/openapi.yaml': ORDERS }));
  runner = mkdtempSync(path.join(os.tmpdir(), 'apicompat-runner-'));
});
afterAll(async () => {
  await api.stop();
  removeRepo();
  rmSync(runner, { recursive: true, force: true });
});

/** One run of the Action as the runner starts it: inputs and the event in the environment. */
async function runStep(name: string, event: object, inputs: Record<string, string>) {
  const files = { event: path.join(runner, `${name}-event.json`), output: path.join(runner, `${name}-output`), summary: path.join(runner, `${name}-summary.md`) };
  writeFileSync(files.event, JSON.stringify(event));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  let stdout = '';
  let stderr = '';
  const env = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request' in event ? 'pull_request' : 'push',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_API_URL: apiUrl,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_TOKEN: 'test-token',
    RUNNER_TEMP: runner,
    APICOMPAT_TODAY: '2026-06-15',
    ...inputs,
  };
  const code = await runAction({ stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env, cwd: repo, isTTY: false });
  const outputs = Object.fromEntries(readFileSync(files.output, 'utf8').trimEnd().split('\n').map((line) => line.split('=', 2) as [string, string]));
  return { code, stdout, stderr, outputs, summary: readFileSync(files.summary, 'utf8') };
}

const PULL_REQUEST = { pull_request: { number: 7 } };
const INPUTS = { INPUT_BASE: 'HEAD', INPUT_SPECS: 'docs/openapi.yaml', INPUT_COMMENT: 'true' };

describe('the GitHub Action on a simulated pull request', () => {
  it('first run: annotations, outputs, job summary, and one new comment', async () => {
    writeIn(repo, 'docs/openapi.yaml', ORDERS_WITHOUT_DELETE);
    const run = await runStep('first', PULL_REQUEST, INPUTS);
    expect(run.stderr).toMatch(/^apicompat: base HEAD \([0-9a-f]{12}\): given with --base\n$/);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error file=docs/openapi.yaml,line=');
    expect(run.stdout).toContain('apicompat: 1 breaking edit (1 change), 0 deprecation, 0 additive: fails the policy (--fail-on breaking)\n');
    expect(run.outputs).toEqual({ breaking: '1', deprecation: '0', additive: '0', 'required-bump': 'major', verdict: 'fail', 'report-files': '' });
    expect(run.summary).toMatch(/^## ❌ apicompat: fails the policy\n/);
    expect(run.summary).toContain('DELETE /orders/{id}');
    expect(api.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /repos/acme/shop/issues/7/comments?per_page=100&page=1', 'POST /repos/acme/shop/issues/7/comments']);
    expect(api.requests.every((r) => r.authorization === 'Bearer test-token')).toBe(true);
    expect(api.comments).toHaveLength(2);
    expect(api.comments[1].body).toBe(`${COMMENT_MARKER}\n${run.summary.replace(/\n$/, '')}`);
    expect(run.stdout).toContain('apicompat: pull request #7: comment 101 created\n');
  });

  it('second run: finds its comment by the marker and updates it in place', async () => {
    api.requests.length = 0;
    writeIn(repo, 'docs/openapi.yaml', ORDERS.replace('    get:\n', '    get:\n      deprecated: true\n'));
    const run = await runStep('second', PULL_REQUEST, { ...INPUTS, INPUT_FORMAT: 'sarif gitlab=reports/code-quality.json' });
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({ breaking: '0', deprecation: '1', additive: '0', 'required-bump': 'minor', verdict: 'pass', 'report-files': 'apicompat.sarif reports/code-quality.json' });
    expect(api.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /repos/acme/shop/issues/7/comments?per_page=100&page=1', 'PATCH /repos/acme/shop/issues/comments/101']);
    expect(api.comments.map((c) => c.id)).toEqual([1, 101]);
    expect(api.comments[1].body).toMatch(new RegExp(`^${COMMENT_MARKER}\\n## ✅ apicompat: passes\\n`));
    expect(JSON.parse(readFileSync(path.join(repo, 'apicompat.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(JSON.parse(readFileSync(path.join(repo, 'reports/code-quality.json'), 'utf8'))).toMatchObject([{ check_name: 'operation-deprecated', severity: 'minor' }]);
  });

  it('warns and keeps the verdict when the comment cannot be written (a fork\'s read-only token)', async () => {
    api.requests.length = 0;
    api.failWith = 403;
    writeIn(repo, 'docs/openapi.yaml', ORDERS_WITHOUT_DELETE);
    const run = await runStep('forked', PULL_REQUEST, INPUTS);
    api.failWith = undefined;
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.stdout).toContain('::warning::apicompat could not write the pull-request comment: GET /repos/acme/shop/issues/7/comments: HTTP 403 (Resource not accessible by integration).');
    expect(api.comments.map((c) => c.id)).toEqual([1, 101]);
  });

  it('writes no comment, and sends nothing, outside a pull request or without comment: true', async () => {
    api.requests.length = 0;
    const push = await runStep('push', { before: 'abc', after: 'def' }, INPUTS);
    expect(push.code).toBe(1);
    expect(push.stdout).toContain('apicompat: this push event is not about a pull request, so there is no comment to write\n');
    const quiet = await runStep('quiet', PULL_REQUEST, { ...INPUTS, INPUT_COMMENT: 'false' });
    expect(quiet.code).toBe(1);
    expect(api.requests).toEqual([]);
  });

  it('reports an input error as the verdict error, with no comment', async () => {
    api.requests.length = 0;
    const run = await runStep('error', PULL_REQUEST, { ...INPUTS, INPUT_FAIL_ON: 'sometimes' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('apicompat: --fail-on must be one of breaking, deprecation, additive, never (got "sometimes")\n');
    expect(run.outputs).toEqual({ verdict: 'error' });
    expect(api.requests).toEqual([]);
  });

  it('passes the compatibility input on as --compatibility', async () => {
    const run = await runStep('compatibility', PULL_REQUEST, { ...INPUTS, INPUT_COMPATIBILITY: 'both' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('apicompat: --compatibility must be one of backward, forward, full (got "both")\n');
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { description: string }>;
    outputs: Record<string, { value: string }>;
    runs: { using: string; steps: { id?: string; env?: Record<string, string> }[] };
  };

  it('is a composite action handing every input to the entry point', () => {
    expect(action.runs.using).toBe('composite');
    const env = action.runs.steps.find((s) => s.id === 'check')!.env!;
    const handed = Object.keys(action.inputs).filter((name) => !['working-directory', 'token'].includes(name));
    expect(Object.keys(env).filter((k) => k.startsWith('INPUT_')).sort()).toEqual(handed.map((n) => `INPUT_${n.toUpperCase().replace(/-/g, '_')}`).sort());
    for (const name of handed) expect(env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`]).toBe(`\${{ inputs.${name} }}`);
    expect(env.GITHUB_TOKEN).toBe('${{ inputs.token }}');
  });

  it('declares exactly the outputs the entry point writes', () => {
    const written = Object.keys(stepOutputs({ summary: { breaking: 0, deprecation: 0, additive: 0 }, semver: [] }, 0, []));
    expect(Object.keys(action.outputs).sort()).toEqual(written.sort());
    for (const name of written) expect(action.outputs[name].value).toBe(`\${{ steps.check.outputs.${name} }}`);
  });
});

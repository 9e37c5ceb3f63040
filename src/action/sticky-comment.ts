// One pull-request comment per pull request, updated in place: found again by a hidden marker, so
// a new push edits the same comment instead of adding another. Talks only to the GitHub REST API
// the runner names (GITHUB_API_URL), with the job's token; nothing else leaves the job.

export const COMMENT_MARKER = '<!-- apicompat:report -->';

export interface CommentTarget {
  apiUrl: string;
  repository: string;
  pullRequest: number;
  token: string;
}

export type CommentResult = { action: 'created' | 'updated'; id: number } | { action: 'skipped' };

interface IssueComment {
  id: number;
  body?: string;
}

/**
 * Updates the comment that carries the marker, or creates one. With nothing to report and no
 * earlier comment, it stays silent rather than add a comment saying so.
 */
export async function upsertComment(target: CommentTarget, markdown: string, hasChanges: boolean): Promise<CommentResult> {
  const body = `${COMMENT_MARKER}\n${markdown}`;
  const existing = await findComment(target);
  if (existing) {
    await request(target, 'PATCH', `/repos/${target.repository}/issues/comments/${existing.id}`, { body });
    return { action: 'updated', id: existing.id };
  }
  if (!hasChanges) return { action: 'skipped' };
  const created = (await request(target, 'POST', `/repos/${target.repository}/issues/${target.pullRequest}/comments`, { body })) as IssueComment;
  return { action: 'created', id: created.id };
}

async function findComment(target: CommentTarget): Promise<IssueComment | undefined> {
  const perPage = 100;
  for (let page = 1; ; page++) {
    const comments = (await request(target, 'GET', `/repos/${target.repository}/issues/${target.pullRequest}/comments?per_page=${perPage}&page=${page}`)) as IssueComment[];
    const found = comments.find((c) => c.body?.includes(COMMENT_MARKER));
    if (found || comments.length < perPage) return found;
  }
}

async function request(target: CommentTarget, method: string, route: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${target.apiUrl.replace(/\/$/, '')}${route}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${target.token}`,
      'x-github-api-version': '2022-11-28',
      'user-agent': 'apicompat-action',
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) {
    const detail = ((await response.text().catch(() => '')).match(/"message"\s*:\s*"([^"]*)"/) ?? [])[1];
    throw new Error(`${method} ${route.replace(/\?.*/, '')}: HTTP ${response.status}${detail ? ` (${detail})` : ''}`);
  }
  return response.json();
}

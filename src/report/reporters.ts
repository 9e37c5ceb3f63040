import { renderChangelog } from './changelog.js';
import { renderGithub } from './github.js';
import { renderGitlab } from './gitlab.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import type { Reporter } from './reporter.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

export const FORMATS = ['text', 'json', 'markdown', 'html', 'junit', 'sarif', 'github', 'gitlab', 'changelog'] as const;
export type Format = (typeof FORMATS)[number];

/** Every output format, one reporter each. */
export const REPORTERS = {
  text: renderText,
  json: renderJson,
  markdown: renderMarkdown,
  html: renderHtml,
  junit: renderJunit,
  sarif: renderSarif,
  github: renderGithub,
  gitlab: renderGitlab,
  changelog: renderChangelog,
} satisfies Record<Format, Reporter>;

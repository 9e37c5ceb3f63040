import { renderJson } from './json.js';
import type { Reporter } from './reporter.js';
import { renderText } from './text.js';

export const FORMATS = ['text', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** Every output format, one reporter each. */
export const REPORTERS = {
  text: renderText,
  json: renderJson,
} satisfies Record<Format, Reporter>;

// Plain data shared by every stage. Nothing here does I/O.

export const CHANGE_CLASSES = ['breaking', 'deprecation', 'additive'] as const;
export type ChangeClass = (typeof CHANGE_CLASSES)[number];

/** Which side reads the data a rule is about: the server reads requests, the client responses. */
export type Direction = 'request' | 'response' | 'none';

export const FAIL_ON = ['breaking', 'deprecation', 'additive', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** A place in a source document. `line` is filled in lazily, only for what ends up in a report. */
export interface SourceLocation {
  file: string;
  pointer: string;
  line?: number;
  /** 1-based column, set where the line is long (minified JSON), so the place can still be found. */
  column?: number;
}

export interface OperationRef {
  method: string;
  path: string;
}

/** One finding, as data: the message is rendered from the rule's template and `data`. */
export interface Finding {
  /** Short stable hash of the stable fields (rule, service, operation, pointers). */
  id: string;
  ruleId: string;
  class: ChangeClass;
  direction: Direction;
  message: string;
  data: Record<string, string | number | boolean>;
  operation?: OperationRef;
  service?: string;
  base?: SourceLocation;
  revision?: SourceLocation;
  accepted?: { reason: string; expires?: string };
  /** Set when an acceptance matched but has expired; the finding fails again. */
  acceptanceExpired?: { reason: string; expires: string };
}

export interface Summary {
  breaking: number;
  deprecation: number;
  additive: number;
}

export interface ServiceInfo {
  name: string;
  baseVersion?: string;
  revisionVersion?: string;
  baseFile?: string;
  revisionFile?: string;
}

export interface Report {
  schemaVersion: 1;
  summary: Summary;
  changes: Finding[];
  /** Per service (a single diff has one unnamed service). */
  services: ServiceInfo[];
  /** Notes for the reader: stale acceptances, expired ones, the base used. */
  notes: string[];
}

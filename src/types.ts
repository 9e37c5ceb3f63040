// Plain data shared by every stage. Nothing here does I/O.

export const CHANGE_CLASSES = ['breaking', 'deprecation', 'additive'] as const;
export type ChangeClass = (typeof CHANGE_CLASSES)[number];

/** Which side reads the data a rule is about: the server reads requests, the client responses. */
export type Direction = 'request' | 'response' | 'none';

/**
 * Can a client built against the revision fail against a server still running the base (a canary,
 * a rolling deploy, a rollback)? The backward question with the roles turned.
 */
export const FORWARD_VERDICTS = ['breaking', 'compatible'] as const;
export type ForwardVerdict = (typeof FORWARD_VERDICTS)[number];

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
  /** Whether a client built on the revision can fail against the base's server. */
  forward: ForwardVerdict;
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
  /** Id of the edit this finding belongs to (see `Edit`). */
  edit?: string;
}

/**
 * One underlying change in the documents: one rule, one class, one base and one revision
 * location, with every operation it affects (a shared component's change reaches many).
 */
export interface Edit {
  /** Short stable hash of the rule, service and both pointers; `accept` takes it. */
  id: string;
  ruleId: string;
  class: ChangeClass;
  /** The forward verdict its findings share. */
  forward: ForwardVerdict;
  direction: Direction;
  /** The rule's sentence about the edit, not about one operation. */
  message: string;
  service?: string;
  base?: SourceLocation;
  revision?: SourceLocation;
  /** The operations it affects, in report order; empty for changes to the API as a whole. */
  operations: OperationRef[];
  /** Ids of its findings, in report order. */
  changes: string[];
  /** Set when every one of its findings is accepted. */
  accepted?: { reason: string; expires?: string };
  /** Set when an acceptance of one of its findings has expired: it fails again. */
  acceptanceExpired?: { reason: string; expires: string };
  /** A deprecation's announced sunset date (`x-sunset`). */
  sunset?: string;
}

export interface Summary {
  breaking: number;
  deprecation: number;
  additive: number;
}

/** Counts per class, with how many of each are accepted (they are counted but fail nothing). */
export interface EditSummary extends Summary {
  accepted: Summary;
}

/** The report's counts: findings per class and accepted ones, and the same for edits. */
export interface ReportSummary extends EditSummary {
  edits: EditSummary;
}

export interface ServiceInfo {
  name: string;
  baseVersion?: string;
  revisionVersion?: string;
  baseFile?: string;
  revisionFile?: string;
  /**
   * Clients built against the revision keep working when the base answers them (a rollback, a
   * canary): no edit of the service is forward breaking but accepted ones. Set by `withRollback`.
   */
  rollbackSafe?: boolean;
  /** Ids of the edits that deny it, in report order. */
  rollbackUnsafeEdits?: string[];
}

export interface Report {
  schemaVersion: 1;
  summary: ReportSummary;
  changes: Finding[];
  /** The findings grouped by underlying change; every finding's `edit` names one. */
  edits: Edit[];
  /** Per service (a single diff has one unnamed service). */
  services: ServiceInfo[];
  /** Notes for the reader: stale acceptances, expired ones, the base used. */
  notes: string[];
}

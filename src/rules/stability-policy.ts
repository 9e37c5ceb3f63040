// The `x-stability-level` policy: an operation declares how much its clients may rely on it.
// Draft and alpha operations may change incompatibly; beta and stable ones (the default) may not.

/** The levels, least stable first. */
export const STABILITY_LEVELS = ['draft', 'alpha', 'beta', 'stable'] as const;

/** The rank of a level as written, or -1 for a value that is not a level. */
export function stabilityRank(level: string): number {
  return (STABILITY_LEVELS as readonly string[]).indexOf(level);
}

/** The rank an operation is held to: a value that is not a level promises no less than the default, `stable`. */
export function heldRank(level: string): number {
  const rank = stabilityRank(level);
  return rank < 0 ? STABILITY_LEVELS.length - 1 : rank;
}

/** Whether an operation at this level promises nothing about compatibility (draft, alpha). */
export function allowsBreakingChanges(level: string | undefined): boolean {
  return level === 'draft' || level === 'alpha';
}

/** The ranks of a `stability-level-changed` change: the base's as held, the revision's as written (-1 when invalid). */
export function levelsOf(change: { data: Record<string, unknown> }): { from: number; to: number } {
  return { from: heldRank(String(change.data.from)), to: stabilityRank(String(change.data.to)) };
}

// The `x-stability-level` policy: an operation declares how much its clients may rely on it.
// Draft and alpha operations may change incompatibly; beta and stable ones (the default) may not.

/** The levels, least stable first. */
export const STABILITY_LEVELS = ['draft', 'alpha', 'beta', 'stable'] as const;

/** The rank of a level as written, or -1 for a value that is not a level. */
export function stabilityRank(level: string): number {
  return (STABILITY_LEVELS as readonly string[]).indexOf(level);
}

/** Whether an operation at this level promises nothing about compatibility (draft, alpha). */
export function allowsBreakingChanges(level: string | undefined): boolean {
  return level === 'draft' || level === 'alpha';
}

/** The written levels of a `stability-level-changed` change. */
export function levelsOf(change: { data: Record<string, unknown> }): { from: number; to: number } {
  return { from: stabilityRank(String(change.data.from)), to: stabilityRank(String(change.data.to)) };
}

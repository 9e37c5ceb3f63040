/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The candidate nearest to `value` (first one on ties), or undefined when there are none. */
export function nearest(value: string, candidates: readonly string[]): string | undefined {
  // A fragment of a long id (`operation-remove`) means the ids that contain it, not the short ones nearby.
  const containing = candidates.filter((c) => c.toLowerCase().includes(value.toLowerCase()));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of value !== '' && containing.length > 0 ? containing : candidates) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** ` (did you mean "x"?)` for the nearest candidate, whatever its distance; nothing without candidates. */
export function didYouMean(value: string, candidates: readonly string[]): string {
  const best = nearest(value, candidates);
  return best === undefined ? '' : ` (did you mean "${best}"?)`;
}

/** The nearest candidate when it is plausibly a typo, else the list of what is allowed. */
export function suggestion(value: string, candidates: readonly string[]): string {
  const best = nearest(value, candidates);
  if (best === undefined) return '';
  const plausible = editDistance(value.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.ceil(best.length / 3));
  return plausible ? ` (did you mean "${best}"?)` : ` (allowed: ${candidates.join(', ')})`;
}

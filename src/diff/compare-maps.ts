/** Walks two keyed collections once: what only the base has, only the revision has, and both have. */
export function compareMaps<K, B, R = B>(
  base: ReadonlyMap<K, B>,
  revision: ReadonlyMap<K, R>,
  handlers: { onRemoved?: (b: B, key: K) => void; onAdded?: (r: R, key: K) => void; onMutual?: (b: B, r: R, key: K) => void },
): void {
  for (const [key, b] of base) {
    const r = revision.get(key);
    if (r === undefined) handlers.onRemoved?.(b, key);
    else handlers.onMutual?.(b, r, key);
  }
  if (!handlers.onAdded) return;
  for (const [key, r] of revision) if (!base.has(key)) handlers.onAdded(r, key);
}

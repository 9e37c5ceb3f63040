/**
 * Awaits the base and the revision together. When both are refused, the base's refusal is the one
 * reported, whichever failed first: the same input always gives the same error line.
 */
export async function bothSides<B, R>(base: Promise<B>, revision: Promise<R>): Promise<[B, R]> {
  const [b, r] = await Promise.allSettled([base, revision]);
  if (b.status === 'rejected') throw b.reason;
  if (r.status === 'rejected') throw r.reason;
  return [b.value, r.value];
}

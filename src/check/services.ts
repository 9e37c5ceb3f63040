/** File names that make a folder of the surface a service, in order of preference. */
export const ENTRY_NAMES: readonly string[] = ['openapi.yaml', 'openapi.yml', 'openapi.json'];

/**
 * Services of a surface, from the paths of its files (POSIX, relative to the surface): every
 * direct subfolder holding an entry document. Folders without one (`shared/`) are not services.
 * Returns service name -> entry path, sorted by name.
 */
export function discoverServices(paths: Iterable<string>, entryNames: readonly string[] = ENTRY_NAMES): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of paths) {
    const parts = file.split('/');
    if (parts.length !== 2 || !entryNames.includes(parts[1])) continue;
    const current = found.get(parts[0]);
    if (current === undefined || rank(parts[1], entryNames) < rank(current.split('/')[1], entryNames)) found.set(parts[0], file);
  }
  return new Map([...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function rank(name: string, entryNames: readonly string[]): number {
  return entryNames.indexOf(name);
}

/** Whether a surface file belongs to one of `services` or to a shared folder (any folder that is not a service). */
export function neededBy(file: string, services: ReadonlySet<string>, allServices: ReadonlyMap<string, string>): boolean {
  const folder = file.split('/')[0];
  return !allServices.has(folder) || services.has(folder);
}

// Files that ship beside the code (schema/, fixtures/, dist/ workers), found from this module's URL.
// The build bundles each entry point into one file, so "where this module is" depends on which
// bundle it ended up in: the build tells each bundle its way back to the package root.
declare const APICOMPAT_BUNDLE_TO_ROOT: string | undefined;

const ROOT = typeof APICOMPAT_BUNDLE_TO_ROOT === 'string' ? new URL(APICOMPAT_BUNDLE_TO_ROOT, import.meta.url) : new URL('../', import.meta.url);

/** A path inside the package, e.g. `schema/apicompat.config.schema.json`. */
export function packageFile(relative: string): URL {
  return new URL(relative, ROOT);
}

/** True when running the built JavaScript (worker threads need a file Node can run as it is). */
export const RUNNING_BUILT = import.meta.url.endsWith('.js');

/** The site's Content-Security-Policy, set by a `<meta>` element on every page (static hosts cannot send headers). */

/**
 * Each directive and its sources. Scripts come from the site's own files only, never inline, and may
 * compile WebAssembly (Pagefind's search runs in it). Styles are the site's own stylesheets: the build
 * writes no inline style. A `<meta>` policy cannot carry `frame-ancestors`, `report-uri` or `sandbox`.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  // Pagefind fetches its index and runs its search in a worker, both from the site.
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** A policy as the `content` of its `<meta http-equiv="Content-Security-Policy">`. */
export function serializeCsp(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The policy every page carries. */
export const CONTENT_SECURITY_POLICY = serializeCsp(CSP_DIRECTIVES);

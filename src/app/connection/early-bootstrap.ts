// The /console-config.json request public/boot.js sent while the modules downloaded (a classic script can
// start it before any module runs). Taken once, by the first read of the bootstrap query; a later read, a
// page without that script (tests) or a request that failed asks again with an ordinary fetch.
declare global {
  var __consoleBootstrap: Promise<Response> | undefined;
}

/** A fetch for /console-config.json that answers the first call with the early response, if there is one. */
export function bootstrapFetch(): typeof fetch | undefined {
  const early = globalThis.__consoleBootstrap;
  if (!early) return undefined;
  globalThis.__consoleBootstrap = undefined;
  return (input, init) => early.catch(() => globalThis.fetch(input, init));
}

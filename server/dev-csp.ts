// The Content-Security-Policy of the built console. One function, so the dev stack, e2e and the README's
// production example agree. OSS origins may be wildcards (http://*.localhost:9000) because every bucket is
// its own virtual host.

export interface ConsoleCspInput {
  /** e.g. http://127.0.0.1:8787 */
  brokerOrigin: string;
  /** e.g. ['http://*.localhost:9000', 'https://*.localhost:9443'] or ['https://*.aliyuncs.com'] */
  ossOrigins: string[];
  /** Vite dev only: its HMR WebSocket, e.g. ws://127.0.0.1:5173 (nothing else differs from production) */
  devWebSocket?: string;
}

const SOURCE = /^(https?:\/\/)(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/i;

function checkedSources(sources: string[]): string[] {
  for (const s of sources) {
    if (!SOURCE.test(s))
      throw new Error(`Not a CSP origin (scheme://host[:port], optional *. wildcard): ${s}`);
  }
  return [...new Set(sources)];
}

export function buildConsoleCsp({ brokerOrigin, ossOrigins, devWebSocket }: ConsoleCspInput): string {
  const [broker] = checkedSources([brokerOrigin]);
  const oss = checkedSources(ossOrigins);
  if (devWebSocket !== undefined && !/^ws:\/\/[a-z0-9.-]+:\d{1,5}$/i.test(devWebSocket))
    throw new Error(`Not a dev WebSocket origin (ws://host:port): ${devWebSocket}`);
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    // hash-wasm computes digests in WebAssembly
    ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
    // antd injects its CSS-in-JS styles at runtime
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:', ...oss]],
    ['media-src', ["'self'", 'data:', 'blob:', ...oss]],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', ["'self'", ...(broker ? [broker] : []), ...oss, ...(devWebSocket ? [devWebSocket] : [])]],
    ['worker-src', ["'self'"]],
    // PDF and HTML previews load the signed URL in a frame
    ['frame-src', oss.length > 0 ? oss : ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** OSS origins of a local stack: every *.localhost host on its HTTP and HTTPS ports. */
export function localOssOrigins(httpPort: number, httpsPort: number): string[] {
  return [`http://*.localhost:${httpPort}`, `https://*.localhost:${httpsPort}`];
}

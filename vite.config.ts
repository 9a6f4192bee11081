import fs from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';
import { externalScriptsPlugin } from './server/dev-external-scripts.ts';
import { compileHintsPlugin } from './scripts/compile-hints.ts';

// The built console carries a baseline Content-Security-Policy in a meta tag: no inline or foreign
// scripts, WebAssembly allowed for the hashing core. The host adds the full policy as a header
// (connect-src narrowed to the broker and OSS origins; see README). Vite dev sends the same baseline as
// a header, with no inline script either (externalScriptsPlugin moves the React preamble to a URL);
// `npm start` narrows it to the production policy (server/dev-console.ts).
const BASELINE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https: http:",
  "media-src 'self' blob: https: http:",
  "frame-src 'self' https: http:",
  "connect-src 'self' https: http:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function baselineCsp(): Plugin {
  return {
    name: 'baseline-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: BASELINE_CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}

const securityHeaders = { 'Referrer-Policy': 'no-referrer', 'X-Content-Type-Options': 'nosniff' };
/** Dev only: the same baseline, plus the WebSocket of Vite's HMR client. */
const DEV_BASELINE_CSP = BASELINE_CSP.replace(
  "connect-src 'self' https: http:",
  "connect-src 'self' https: http: ws: wss:",
);

/**
 * What Vite dev may serve: the app and its dependencies, never the local OSS data (.data/ holds every
 * uploaded object, unauthenticated here), the servers, tests, benchmarks or CI files.
 */
const DEV_FS_DENY = [
  '.env',
  '.env.*',
  '*.{crt,pem,key}',
  '**/.git/**',
  '**/.data/**',
  '**/server/**',
  '**/e2e/**',
  '**/bench/**',
  '**/scripts/**',
  '**/vectors/**',
  '**/docs/**',
  '**/.ci/**',
  '**/test-results/**',
  '**/playwright-report/**',
  '**/*.test.{ts,tsx,js,mjs}',
  '**/*.spec.{ts,tsx,js,mjs}',
  '**/*.test-kit.ts',
];

/**
 * Dev: the baseline policy as a header on every response. A middleware, not server.headers (which Vite
 * applies as each response is sent, so nothing could narrow it): `npm start` narrows it to the
 * production policy in a middleware of its own that runs after this one (server/dev-console.ts).
 */
function devBaselineCsp(): Plugin {
  return {
    name: 'dev-baseline-csp',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', DEV_BASELINE_CSP);
        next();
      });
    },
  };
}

/**
 * Source maps are for debugging, not for serving: after the build they move from dist/ to
 * dist-sourcemaps/ (same relative paths), and the bundles carry no sourceMappingURL ('hidden'). A build into
 * another directory (the bench's) keeps its maps beside it, <outDir>-sourcemaps/, and leaves dist's alone.
 */
function sourceMapsOutOfDist(): Plugin {
  let out = path.resolve('dist');
  return {
    name: 'source-maps-out-of-dist',
    apply: 'build',
    configResolved(config) {
      out = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const maps = `${out}-sourcemaps`;
      const walk = (dir: string): string[] =>
        fs.existsSync(dir)
          ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
              const full = path.join(dir, e.name);
              return e.isDirectory() ? walk(full) : full.endsWith('.map') ? [full] : [];
            })
          : [];
      fs.rmSync(maps, { recursive: true, force: true });
      for (const file of walk(out)) {
        const target = path.join(maps, path.relative(out, file));
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.renameSync(file, target);
      }
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    baselineCsp(),
    devBaselineCsp(),
    externalScriptsPlugin(),
    compileHintsPlugin(),
    sourceMapsOutOfDist(),
  ],
  server: {
    headers: securityHeaders,
    strictPort: true,
    fs: { strict: true, deny: DEV_FS_DENY },
  },
  preview: { headers: securityHeaders, strictPort: true },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: 'hidden', manifest: true, chunkSizeWarningLimit: 3000 },
});

import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';

// The built console carries a baseline Content-Security-Policy in a meta tag: no inline or foreign
// scripts, WebAssembly allowed for the hashing core. The host adds the full policy as a header
// (connect-src narrowed to the broker and OSS origins; see README). Not in dev: Vite's dev client is inline.
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

export default defineConfig({
  plugins: [react(), baselineCsp()],
  server: { headers: securityHeaders, strictPort: true },
  preview: { headers: securityHeaders, strictPort: true },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 3000 },
});

// `npm run build:broker`: the broker as one plain-JavaScript file, dist-broker/broker.mjs, that runs with
// `node dist-broker/broker.mjs` and nothing else: every dependency (hono, pino, zod, the Alibaba Cloud
// STS SDK) is bundled in, so a deployment needs neither node_modules nor tsx. esbuild comes with the
// devDependencies (Vite and tsx depend on it); it is used at build time only.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist-broker');
mkdirSync(outdir, { recursive: true });

const result = await build({
  entryPoints: [join(root, 'server/broker/index.ts')],
  outfile: join(outdir, 'broker.mjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // CommonJS dependencies call require(); give the ESM bundle one
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  legalComments: 'linked',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});
// the bundle is ESM whatever a parent package.json says
writeFileSync(
  join(outdir, 'package.json'),
  `${JSON.stringify({ type: 'module', private: true }, null, 2)}\n`,
);
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(
  `dist-broker/broker.mjs: ${(bytes / 1024).toFixed(0)} KiB (with source map); run: node dist-broker/broker.mjs`,
);

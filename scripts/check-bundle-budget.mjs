// The first-load budget: the JavaScript the browse page needs before its first row (the entry chunk and
// every chunk it imports statically, as the build's manifest says), gzipped, must stay within the
// budget. The operator's language is one of those needs: the entry loads its strings (a lazy chunk per
// language, src/i18n/<language>/index.ts) before the first render, so each language's path — the entry's
// chunks plus that language's chunk and what it imports — is counted, and the heaviest must fit.
// `npm test` runs it after the build; `--report` prints the chunks. Other lazy chunks (Share, Export,
// Upload, Settings, the upload SDK) are not counted: they load when the operator opens them. Classic
// scripts index.html loads from public/ (no module, not in the manifest: public/boot.js) load before
// the first row too, and are counted on every path.
// It also fails when antd (its components, theme or CSS-in-JS runtime) is on the first load: the first
// screen draws with app/layout/controls.tsx, and antd loads with the lazy screens (lazyWithAntd). The modules
// of each chunk are read from its source map (next to it, or in <dist>-sourcemaps/ as the build leaves them).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const FIRST_LOAD_BUDGET_BYTES = 250 * 1024;
/** modules that must not be on the first load (see above) */
const NOT_ON_FIRST_LOAD =
  /(?:^|\/)node_modules\/(?:antd|@ant-design\/cssinjs|@ant-design\/cssinjs-utils|@rc-component\/[^/]+)\//;

/** The first-load chunks' modules that NOT_ON_FIRST_LOAD names; undefined when no chunk has a source map. */
export function forbiddenModules(distDir, files) {
  let mapped = 0;
  const found = new Set();
  for (const file of files) {
    const map = [path.join(distDir, `${file}.map`), path.join(`${distDir}-sourcemaps`, `${file}.map`)].find(
      existsSync,
    );
    if (!map) continue;
    mapped += 1;
    for (const source of JSON.parse(readFileSync(map, 'utf8')).sources ?? []) {
      const m = NOT_ON_FIRST_LOAD.exec(source);
      if (m)
        found.add(
          source
            .slice(m.index)
            .replace(/^\//, '')
            .replace(/^node_modules\//, ''),
        );
    }
  }
  return mapped === 0 ? undefined : [...found].sort();
}
/** manifest keys of the per-language string chunks */
const LANGUAGE_CHUNK = /(?:^|\/)src\/i18n\/([a-z]{2}-[A-Z]{2})\/index\.ts$/;

export function firstLoad(distDir = 'dist') {
  const manifest = JSON.parse(readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry);
  if (!entry) throw new Error('The build manifest has no entry chunk.');
  const closure = (roots) => {
    const seen = new Set();
    const visit = (key) => {
      if (seen.has(key)) return;
      seen.add(key);
      for (const dep of manifest[key]?.imports ?? []) visit(dep);
    };
    roots.forEach(visit);
    return seen;
  };
  const sizes = new Map();
  const chunkOf = (key) => {
    if (!sizes.has(key)) {
      const file = manifest[key].file;
      const bytes = readFileSync(path.join(distDir, file));
      sizes.set(key, { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
    }
    return sizes.get(key);
  };
  // <script src="/x.js"> without type="module" (the module entry is the manifest's)
  const htmlFile = path.join(distDir, 'index.html');
  const classic = existsSync(htmlFile)
    ? [...readFileSync(htmlFile, 'utf8').matchAll(/<script\b([^>]*)>/g)]
        .map((m) => m[1])
        .filter((attrs) => !/\btype=["']?module/.test(attrs))
        .map((attrs) => /\bsrc=["']\/([^"']+)["']/.exec(attrs)?.[1])
        .filter((file) => file !== undefined)
        .map((file) => {
          const bytes = readFileSync(path.join(distDir, file));
          return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
        })
    : [];
  const languages = Object.keys(manifest)
    .map((key) => [key, LANGUAGE_CHUNK.exec(key)?.[1]])
    .filter(([, language]) => language !== undefined);
  // one path per language (or just the entry's chunks, in a build without language chunks)
  const paths = (languages.length === 0 ? [[undefined, undefined]] : languages).map(([key, language]) => {
    const chunks = [
      ...[...closure(key === undefined ? [entry[0]] : [entry[0], key])].map(chunkOf),
      ...classic,
    ];
    return { language, chunks, gzip: chunks.reduce((n, c) => n + c.gzip, 0) };
  });
  const heaviest = paths.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const files = new Set(paths.flatMap((p) => p.chunks.map((c) => c.file)));
  return { ...heaviest, paths, forbidden: forbiddenModules(distDir, [...files]) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { chunks, gzip, language, paths, forbidden } = firstLoad(
    process.argv.find((a) => a.startsWith('--dist='))?.slice(7),
  );
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  if (process.argv.includes('--report')) {
    for (const c of chunks.sort((a, b) => b.gzip - a.gzip))
      console.log(
        `${(c.gzip / 1024).toFixed(1).padStart(8)} KB gz  ${(c.raw / 1024).toFixed(0).padStart(6)} KB  ${c.file}`,
      );
    for (const p of paths) if (p.language) console.log(`${p.language}: ${kb(p.gzip)} gzipped`);
  }
  const which = language ? ` (${language}, the heaviest language)` : '';
  if (gzip > FIRST_LOAD_BUDGET_BYTES) {
    console.error(
      `first load: ${kb(gzip)} gzipped in ${chunks.length} chunks${which}, over the ${kb(FIRST_LOAD_BUDGET_BYTES)} budget. ` +
        'Load what the browse page does not need before its first row lazily (see docs/ARCHITECTURE.md).',
    );
    process.exit(1);
  }
  if (forbidden && forbidden.length > 0) {
    console.error(
      `first load: antd is on it (${forbidden.slice(0, 5).join(', ')}${forbidden.length > 5 ? `, and ${forbidden.length - 5} more` : ''}). ` +
        'Draw the first screen with app/layout/controls.tsx and keep antd in lazy screens (lazyWithAntd; see docs/ARCHITECTURE.md, "First load").',
    );
    process.exit(1);
  }
  console.log(
    `first load: ${kb(gzip)} gzipped in ${chunks.length} chunks${which} (budget ${kb(FIRST_LOAD_BUDGET_BYTES)})` +
      (forbidden ? ', no antd' : ' (no source maps: the antd check did not run)'),
  );
}

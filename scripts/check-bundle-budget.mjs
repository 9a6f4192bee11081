// The first-load budget: the JavaScript the browse page needs before its first row (the entry chunk and
// every chunk it imports statically, as the build's manifest says), gzipped, must stay within the
// budget. `npm test` runs it after the build; `--report` prints the chunks. Lazy chunks (Share, Export,
// Upload, Settings, the upload SDK) are not counted: they load when the operator opens them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const FIRST_LOAD_BUDGET_BYTES = 250 * 1024;

export function firstLoad(distDir = 'dist') {
  const manifest = JSON.parse(readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry);
  if (!entry) throw new Error('The build manifest has no entry chunk.');
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) visit(dep);
  };
  visit(entry[0]);
  const chunks = [...seen].map((key) => {
    const file = manifest[key].file;
    const bytes = readFileSync(path.join(distDir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { chunks, gzip: chunks.reduce((n, c) => n + c.gzip, 0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { chunks, gzip } = firstLoad(process.argv.find((a) => a.startsWith('--dist='))?.slice(7));
  if (process.argv.includes('--report'))
    for (const c of chunks.sort((a, b) => b.gzip - a.gzip))
      console.log(
        `${(c.gzip / 1024).toFixed(1).padStart(8)} KB gz  ${(c.raw / 1024).toFixed(0).padStart(6)} KB  ${c.file}`,
      );
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  if (gzip > FIRST_LOAD_BUDGET_BYTES) {
    console.error(
      `first load: ${kb(gzip)} gzipped in ${chunks.length} chunks, over the ${kb(FIRST_LOAD_BUDGET_BYTES)} budget. ` +
        'Load what the browse page does not need before its first row lazily (see docs/ARCHITECTURE.md).',
    );
    process.exit(1);
  }
  console.log(
    `first load: ${kb(gzip)} gzipped in ${chunks.length} chunks (budget ${kb(FIRST_LOAD_BUDGET_BYTES)})`,
  );
}

// `npm run lint` runs this: no import cycle among the project's modules, type-only imports included.
// eslint-plugin-import's no-cycle skips `import type`, yet a cycle of types is still two modules that
// cannot be understood (or moved) one without the other.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
const files = execFileSync(
  'git',
  ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'server', 'scripts', 'bench', 'e2e'],
  {
    cwd: root,
    encoding: 'utf8',
  },
)
  .split('\n')
  .filter((f) => /\.(ts|tsx|mts|mjs)$/.test(f) && existsSync(path.join(root, f)));

// `import … from`, `export … from`, a bare `import './x'` and a dynamic `import('./x')` (a lazy chunk that
// imports its importer back is still a cycle). This is the project's only cycle check: eslint-plugin-import's
// no-cycle found nothing more and cost ~45 s of a 70 s lint.
const IMPORTS = [
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g,
  /(?:^|\n)\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/g,
  /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g,
];
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '/index.ts', '/index.tsx'];

function resolve(from, spec) {
  const base = path.resolve(path.dirname(path.join(root, from)), spec);
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (existsSync(candidate) && !candidate.endsWith('/')) {
      const rel = path.relative(root, candidate);
      if (files.includes(rel)) return rel;
    }
  }
  return undefined;
}

const graph = new Map();
for (const file of files) {
  const text = readFileSync(path.join(root, file), 'utf8');
  const deps = new Set();
  for (const pattern of IMPORTS) {
    for (const m of text.matchAll(pattern)) {
      const target = resolve(file, m[1]);
      if (target) deps.add(target);
    }
  }
  graph.set(file, [...deps]);
}

// Tarjan's strongly connected components: every component of more than one module is a cycle.
let index = 0;
const stack = [];
const onStack = new Set();
const indices = new Map();
const low = new Map();
const cycles = [];
function strongConnect(v) {
  indices.set(v, index);
  low.set(v, index);
  index += 1;
  stack.push(v);
  onStack.add(v);
  for (const w of graph.get(v) ?? []) {
    if (!indices.has(w)) {
      strongConnect(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), indices.get(w)));
  }
  if (low.get(v) === indices.get(v)) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) cycles.push(component.sort());
  }
}
for (const v of graph.keys()) if (!indices.has(v)) strongConnect(v);

if (cycles.length > 0) {
  console.error('Import cycles (type-only imports count):');
  for (const c of cycles) console.error(`  ${c.join(' ↔ ')}`);
  console.error('Move what both sides need into a module of its own that imports neither.');
  process.exit(1);
}
console.log(`import cycles: none among ${graph.size} modules`);

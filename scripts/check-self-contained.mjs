// `npm run lint` runs this: nothing in the repository may read or link a path outside it. A user's
// clone has no sibling folders, so a relative path that climbs above the repository root (an import,
// a readFileSync(new URL(...)), a Markdown link) works on one machine and fails on every other.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter(
    (f) =>
      f && f !== 'package-lock.json' && /\.(ts|tsx|mts|mjs|js|cjs|json|md|html|sh|yml|yaml)$|^\.ci\//.test(f),
  );

// A run of `../` segments followed by a name: the form every escaping path takes.
const RELATIVE = /(?:\.\.\/)+[\w@.-]*/g;

const escapes = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(path.join(root, file), 'utf8');
  } catch {
    continue; // deleted in the work tree
  }
  const dir = path.dirname(path.join(root, file));
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    for (const match of line.matchAll(RELATIVE)) {
      const target = path.resolve(dir, match[0]);
      if (path.relative(root, target).startsWith('..')) escapes.push(`${file}:${i + 1}: ${match[0]}`);
    }
  });
}

if (escapes.length > 0) {
  console.error('These paths point outside the repository (a clone does not have them):');
  for (const e of escapes) console.error(`  ${e}`);
  console.error('Keep what the project needs inside the repository (vectors/, docs/) and link it there.');
  process.exit(1);
}
console.log(`self-contained: ${files.length} files, no path leaves the repository`);

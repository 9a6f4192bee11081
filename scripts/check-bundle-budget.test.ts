// The first-load budget check: it counts the entry and what it imports statically (not lazy chunks),
// gzipped, and fails above the budget.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/**
 * A dist/ with an entry importing `shared`, a lazy chunk, and (when sized) the two languages' string chunks
 * the entry loads before its first render; random bytes do not compress.
 */
function fakeDist(
  sizes: { entry: number; shared: number; lazy: number; en?: number; zh?: number },
  classic?: number,
): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'budget-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, '.vite'), { recursive: true });
  mkdirSync(path.join(dir, 'assets'));
  for (const [name, size] of Object.entries(sizes))
    writeFileSync(path.join(dir, 'assets', `${name}.js`), randomBytes(size));
  const manifest = {
    'index.html': {
      file: 'assets/entry.js',
      isEntry: true,
      imports: ['_shared.js'],
      dynamicImports: ['lazy.tsx'],
    },
    '_shared.js': { file: 'assets/shared.js' },
    'lazy.tsx': { file: 'assets/lazy.js', isDynamicEntry: true, imports: ['_shared.js'] },
    ...(sizes.en === undefined
      ? {}
      : {
          'src/i18n/en-US/index.ts': { file: 'assets/en.js', isDynamicEntry: true },
          'src/i18n/zh-CN/index.ts': { file: 'assets/zh.js', isDynamicEntry: true },
        }),
  };
  writeFileSync(path.join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  if (classic !== undefined) {
    // as public/boot.js: a classic script index.html loads besides the module entry
    writeFileSync(path.join(dir, 'warm.js'), randomBytes(classic));
    writeFileSync(
      path.join(dir, 'index.html'),
      '<script type="module" crossorigin src="/assets/entry.js"></script><script async src="/warm.js"></script>',
    );
  }
  return dir;
}

const check = (dist: string) =>
  spawnSync(process.execPath, ['scripts/check-bundle-budget.mjs', `--dist=${dist}`, '--report'], {
    encoding: 'utf8',
  });

describe('check-bundle-budget', () => {
  it('passes within the budget and leaves lazy chunks out of the count', () => {
    const r = check(fakeDist({ entry: 100 * 1024, shared: 100 * 1024, lazy: 400 * 1024 }));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/in 2 chunks/);
    expect(r.stdout).not.toMatch(/lazy\.js/);
  });
  it('counts the heaviest language’s strings with the entry, not both languages', () => {
    // 200 + 20 + 25 = 245 KB for zh-CN, within; both languages together would be 265 KB
    const within = check(
      fakeDist({ entry: 200 * 1024, shared: 20 * 1024, lazy: 1, en: 20 * 1024, zh: 25 * 1024 }),
    );
    expect(within.status, within.stderr).toBe(0);
    expect(within.stdout).toMatch(/in 3 chunks \(zh-CN, the heaviest language\)/);
    expect(within.stdout).toMatch(/en-US: .* KB gzipped/);
    const over = check(
      fakeDist({ entry: 200 * 1024, shared: 20 * 1024, lazy: 1, en: 20 * 1024, zh: 40 * 1024 }),
    );
    expect(over.status).toBe(1);
    expect(over.stderr).toMatch(/\(zh-CN, the heaviest language\), over the 250\.0 KB budget/);
  });
  it('counts a classic script index.html loads (public/), besides the module entry', () => {
    const within = check(fakeDist({ entry: 100 * 1024, shared: 100 * 1024, lazy: 1 }, 10 * 1024));
    expect(within.status, within.stderr).toBe(0);
    expect(within.stdout).toMatch(/in 3 chunks/);
    expect(within.stdout).toMatch(/warm\.js/);
    const over = check(fakeDist({ entry: 100 * 1024, shared: 100 * 1024, lazy: 1 }, 60 * 1024));
    expect(over.status).toBe(1);
  });
  it('fails when antd is on the first load, naming its modules; lazy chunks may hold antd', () => {
    const dist = fakeDist({ entry: 10 * 1024, shared: 10 * 1024, lazy: 1 });
    const map = (sources: string[]) => JSON.stringify({ version: 3, sources, mappings: '' });
    writeFileSync(path.join(dist, 'assets', 'entry.js.map'), map(['src/main.tsx']));
    writeFileSync(path.join(dist, 'assets', 'lazy.js.map'), map(['node_modules/antd/es/modal/index.js']));
    const clean = check(dist);
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(/, no antd/);
    writeFileSync(
      path.join(dist, 'assets', 'shared.js.map'),
      map(['node_modules/antd/es/button/index.js', 'node_modules/@ant-design/cssinjs/es/index.js']),
    );
    const dirty = check(dist);
    expect(dirty.status).toBe(1);
    expect(dirty.stderr).toMatch(
      /antd is on it \(@ant-design\/cssinjs\/es\/index\.js, antd\/es\/button\/index\.js\)/,
    );
    expect(dirty.stderr).toMatch(/lazyWithAntd/);
  });
  it('fails above the budget, naming the total and the budget', () => {
    const r = check(fakeDist({ entry: 200 * 1024, shared: 100 * 1024, lazy: 1 }));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/over the 250\.0 KB budget/);
  });
});

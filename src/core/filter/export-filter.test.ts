import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileExportFilter, isEmptyFilter, type ExportFilter } from './export-filter';
import { filterFileTag } from './filter-tag';

const none: ExportFilter = { include: [], exclude: [], caseSensitive: true };
const keep = (f: Partial<ExportFilter>, prefix = '') => compileExportFilter({ ...none, ...f }, prefix);

const segment = fc.stringMatching(/^[a-zA-Z0-9_.-]{1,8}$/);
const relPath = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
const entry = fc.record({
  key: relPath,
  size: fc.integer({ min: 0, max: 10_000_000 }),
  lastModified: fc.integer({ min: 0, max: 4_000_000_000_000 }),
});

describe('compileExportFilter', () => {
  it('patterns without / read the name at any depth; with / the path under the exported folder', () => {
    const pdf = keep({ include: ['*.pdf'] }, 'docs/');
    expect(pdf({ key: 'docs/a.pdf' })).toBe(true);
    expect(pdf({ key: 'docs/2024/deep/b.pdf' })).toBe(true);
    expect(pdf({ key: 'docs/a.pdf.txt' })).toBe(false);
    const raw = keep({ include: ['2024/**/raw/*'] }, 'docs/');
    expect(raw({ key: 'docs/2024/raw/x.bin' })).toBe(true);
    expect(raw({ key: 'docs/2024/a/b/raw/x.bin' })).toBe(true);
    expect(raw({ key: 'docs/2024/a/raw/sub/x.bin' })).toBe(false);
    expect(raw({ key: 'docs/2023/raw/x.bin' })).toBe(false);
    // relative to the folder: the folder's own name is not part of the path
    expect(keep({ include: ['docs/*'] }, 'docs/')({ key: 'docs/a.pdf' })).toBe(false);
  });

  it('exclude wins over include; several of each are OR-ed', () => {
    const f = keep({ include: ['*.pdf', '*.png'], exclude: ['draft-*', 'tmp/**'] });
    expect(f({ key: 'a.pdf' })).toBe(true);
    expect(f({ key: 'b.png' })).toBe(true);
    expect(f({ key: 'c.txt' })).toBe(false);
    expect(f({ key: 'draft-a.pdf' })).toBe(false);
    expect(f({ key: 'tmp/x/a.pdf' })).toBe(false);
  });

  it('case: stated and chosen', () => {
    expect(keep({ include: ['*.PDF'], caseSensitive: true })({ key: 'a.pdf' })).toBe(false);
    expect(keep({ include: ['*.PDF'], caseSensitive: false })({ key: 'a.pdf' })).toBe(true);
  });

  it('names starting with a dot are names like any other', () => {
    expect(keep({ include: ['*'] })({ key: '.env' })).toBe(true);
    expect(keep({ include: ['**/*.log'] })({ key: '.hidden/x.log' })).toBe(true);
  });

  it('size and date bounds: inclusive from, inclusive max size, exclusive before; unknown fails a bound', () => {
    const f = keep({ minSize: 10, maxSize: 20, modifiedFrom: 1000, modifiedBefore: 2000 });
    expect(f({ key: 'a', size: 10, lastModified: 1000 })).toBe(true);
    expect(f({ key: 'a', size: 20, lastModified: 1999 })).toBe(true);
    expect(f({ key: 'a', size: 9, lastModified: 1500 })).toBe(false);
    expect(f({ key: 'a', size: 21, lastModified: 1500 })).toBe(false);
    expect(f({ key: 'a', size: 15, lastModified: 2000 })).toBe(false);
    expect(f({ key: 'a', size: 15, lastModified: 999 })).toBe(false);
    expect(f({ key: 'a' })).toBe(false);
  });

  it('property: the empty filter keeps everything', () => {
    fc.assert(fc.property(entry, (e) => keep({})(e)));
    expect(isEmptyFilter(none)).toBe(true);
  });

  it('property: a filter keeps exactly what each of its parts keeps (include ∧ ¬exclude ∧ size ∧ date)', () => {
    const globs = fc.constantFrom('*.pdf', '*.PNG', '**/raw/*', 'a*', '*', '??', '**/x/**', '*.{pdf,txt}');
    const parts = fc.record({
      include: fc.array(globs, { maxLength: 2 }),
      exclude: fc.array(globs, { maxLength: 2 }),
      caseSensitive: fc.boolean(),
      minSize: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined }),
      maxSize: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined }),
      modifiedFrom: fc.option(fc.integer({ min: 0, max: 4_000_000_000_000 }), { nil: undefined }),
      modifiedBefore: fc.option(fc.integer({ min: 0, max: 4_000_000_000_000 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(parts, entry, (f, e) => {
        const whole = keep(f)(e);
        const inc = f.include.length === 0 || keep({ include: f.include, caseSensitive: f.caseSensitive })(e);
        const exc = f.exclude.length > 0 && keep({ include: f.exclude, caseSensitive: f.caseSensitive })(e);
        const size = keep({ minSize: f.minSize, maxSize: f.maxSize })(e);
        const date = keep({ modifiedFrom: f.modifiedFrom, modifiedBefore: f.modifiedBefore })(e);
        expect(whole).toBe(inc && !exc && size && date);
      }),
    );
  });

  it('property: the prefix is taken off before matching (same answer as the relative key alone)', () => {
    fc.assert(
      fc.property(relPath, relPath, fc.constantFrom('*.pdf', '**/a*', 'x/*', '*'), (prefix, rel, glob) => {
        const under = keep({ include: [glob] }, `${prefix}/`)({ key: `${prefix}/${rel}` });
        expect(under).toBe(keep({ include: [glob] })({ key: rel }));
      }),
    );
  });

  it('property: case-insensitive matching = case-sensitive matching of lower-cased pattern and key', () => {
    fc.assert(
      fc.property(relPath, fc.constantFrom('*.PDF', 'A*', '**/Raw/*', 'x?Y'), (key, glob) => {
        const folded = keep({ include: [glob.toLowerCase()] })({ key: key.toLowerCase() });
        expect(keep({ include: [glob], caseSensitive: false })({ key })).toBe(folded);
      }),
    );
  });
});

describe('filterFileTag', () => {
  it('names the kinds of filter, never the patterns', () => {
    expect(filterFileTag(undefined, 'subtree')).toBe('');
    expect(filterFileTag(none, 'folder')).toBe('-f-top');
    expect(
      filterFileTag(
        { ...none, include: ['*.pdf', 'a/**'], exclude: ['x'], minSize: 1, modifiedBefore: 5 },
        'subtree',
      ),
    ).toBe('-f-inc2-exc1-size-mod');
  });

  it('property: always safe for a file name', () => {
    const anyFilter = fc.record({
      include: fc.array(fc.string()),
      exclude: fc.array(fc.string()),
      caseSensitive: fc.boolean(),
      minSize: fc.option(fc.nat(), { nil: undefined }),
      modifiedFrom: fc.option(fc.nat(), { nil: undefined }),
    });
    fc.assert(
      fc.property(anyFilter, fc.constantFrom('subtree' as const, 'folder' as const), (f, d) => {
        expect(filterFileTag(f, d)).toMatch(/^(-f(-[a-z0-9]+)+)?$/);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { folderCrumbs, isUnderPrefix, nameInFolder, parentFolder } from './folder-path';

describe('folder paths', () => {
  it('splits a prefix into breadcrumb steps, keeping every character', () => {
    expect(folderCrumbs('')).toEqual([]);
    expect(folderCrumbs('photos/2024/')).toEqual([
      { name: 'photos', prefix: 'photos/' },
      { name: '2024', prefix: 'photos/2024/' },
    ]);
    expect(folderCrumbs('a b/100%/#?/😀 中文/')).toEqual([
      { name: 'a b', prefix: 'a b/' },
      { name: '100%', prefix: 'a b/100%/' },
      { name: '#?', prefix: 'a b/100%/#?/' },
      { name: '😀 中文', prefix: 'a b/100%/#?/😀 中文/' },
    ]);
    expect(folderCrumbs('a/partial')).toEqual([{ name: 'a', prefix: 'a/' }]);
    // an empty folder name (double slash) is a real OSS prefix
    expect(folderCrumbs('a//')).toEqual([
      { name: 'a', prefix: 'a/' },
      { name: '', prefix: 'a//' },
    ]);
  });
  it('names keys inside their folder', () => {
    expect(nameInFolder('tricky/a+b.txt', 'tricky/')).toBe('a+b.txt');
    expect(nameInFolder('tricky/sub/', 'tricky/')).toBe('sub/');
    expect(nameInFolder('x', 'tricky/')).toBe('x');
  });
  it('knows what lies under a prefix and where a key lives', () => {
    expect(isUnderPrefix('a/b.txt', 'a/')).toBe(true);
    expect(isUnderPrefix('a/', 'a/')).toBe(false);
    expect(isUnderPrefix('ab/c', 'a/')).toBe(false);
    expect(isUnderPrefix('anything', '')).toBe(true);
    expect(parentFolder('a/b/c.txt')).toBe('a/b/');
    expect(parentFolder('a/b/')).toBe('a/');
    expect(parentFolder('c.txt')).toBe('');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContentDisposition, defaultFilename, safeFilename } from './content-disposition';

/** A strict RFC 5987 reader, as a browser would do it. */
function readFilenameStar(value: string): string | undefined {
  const m = /filename\*=UTF-8''([^;]+)/.exec(value);
  return m ? decodeURIComponent(m[1]!) : undefined;
}
const readName = (value: string): string => readFilenameStar(value) ?? /filename="([^"]*)"/.exec(value)![1]!;

// eslint-disable-next-line no-control-regex -- control characters are what the header must not carry
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

describe('content disposition', () => {
  it('keeps plain ASCII names readable', () => {
    expect(buildContentDisposition('attachment', 'report 2024.pdf')).toBe(
      'attachment; filename="report 2024.pdf"',
    );
    expect(buildContentDisposition('inline')).toBe('inline');
  });
  it('adds an RFC 5987 filename* for 中文, emoji and quotes, with an ASCII fallback', () => {
    const v = buildContentDisposition('attachment', '中文 报告 😀.pdf');
    expect(v).toBe(
      'attachment; filename="__ __ _.pdf"; filename*=UTF-8\'\'%E4%B8%AD%E6%96%87%20%E6%8A%A5%E5%91%8A%20%F0%9F%98%80.pdf',
    );
    expect(buildContentDisposition('inline', 'say "hi".txt')).toContain('filename="say _hi_.txt"');
  });
  it('round-trips any name without control characters or slashes through filename*', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), (name) => {
        fc.pre(name.trim().length > 0 && !CONTROL.test(name) && !name.includes('/'));
        const v = buildContentDisposition('attachment', name);
        expect(readName(v)).toBe(name);
        expect(v).not.toMatch(/[\r\n]/);
      }),
    );
  });
  it('gives every key a usable name: TAB, CR, LF, other controls and "\\" never refuse a link', () => {
    expect(buildContentDisposition('attachment', 'a\tb.txt')).toBe('attachment; filename="a_b.txt"');
    expect(buildContentDisposition('attachment', 'line\r\nbreak.txt')).toBe(
      'attachment; filename="line__break.txt"',
    );
    expect(buildContentDisposition('attachment', 'bell\u0007\u007f\u0085.txt')).toBe(
      'attachment; filename="bell___.txt"',
    );
    // the backslash travels in filename* (the browser decides); the ASCII fallback replaces it
    expect(buildContentDisposition('attachment', 'C:\\dir\\a.txt')).toBe(
      'attachment; filename="C:_dir_a.txt"; filename*=UTF-8\'\'C%3A%5Cdir%5Ca.txt',
    );
    expect(buildContentDisposition('attachment', 'a/b.txt')).toBe('attachment; filename="a_b.txt"');
    expect(buildContentDisposition('attachment', '  ')).toBe('attachment; filename="download"');
    expect(buildContentDisposition('attachment', '\ud800x')).toBe(
      'attachment; filename="_x"; filename*=UTF-8\'\'%EF%BF%BDx',
    );
  });
  it('never throws and never emits a control character, for any name (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (name) => {
        const v = buildContentDisposition('attachment', name);
        expect(v).not.toMatch(CONTROL);
        const read = readName(v);
        expect(read).toBe(safeFilename(name));
        expect(read).not.toMatch(CONTROL);
        expect(read).not.toContain('/');
        expect(read.trim()).not.toBe('');
      }),
      { numRuns: 2000 },
    );
  });
  it('defaults the file name to the last part of the key', () => {
    expect(defaultFilename('photos/2024/猫.jpg')).toBe('猫.jpg');
    expect(defaultFilename('a.txt')).toBe('a.txt');
    expect(defaultFilename('photos/2024/')).toBe('2024');
    expect(defaultFilename('a//')).toBe('download');
  });
});

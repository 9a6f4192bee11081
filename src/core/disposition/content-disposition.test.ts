import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContentDisposition, defaultFilename } from './content-disposition';

/** A strict RFC 5987 reader, as a browser would do it. */
function readFilenameStar(value: string): string | undefined {
  const m = /filename\*=UTF-8''([^;]+)/.exec(value);
  return m ? decodeURIComponent(m[1]!) : undefined;
}

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
  it('round-trips any valid name through filename*', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), (name) => {
        // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
        fc.pre(name.trim().length > 0 && !/[\u0000-\u001f\u007f/\\]/.test(name));
        const v = buildContentDisposition('attachment', name);
        const decoded = readFilenameStar(v) ?? /filename="([^"]*)"/.exec(v)![1];
        expect(decoded).toBe(name);
        expect(v).not.toMatch(/[\r\n]/);
      }),
    );
  });
  it('refuses names with slashes or control characters', () => {
    expect(() => buildContentDisposition('attachment', 'a/b.txt')).toThrow(/without slashes/);
    expect(() => buildContentDisposition('attachment', 'a\nb')).toThrow();
    expect(() => buildContentDisposition('attachment', '  ')).toThrow();
  });
  it('defaults the file name to the last part of the key', () => {
    expect(defaultFilename('photos/2024/猫.jpg')).toBe('猫.jpg');
    expect(defaultFilename('a.txt')).toBe('a.txt');
    expect(defaultFilename('photos/2024/')).toBe('2024');
  });
});

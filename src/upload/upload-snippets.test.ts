import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curlSnippet, fetchSnippet, shellQuote } from './upload-snippets';

describe('shellQuote', () => {
  it('round-trips any text through a real POSIX shell', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (value) => {
        const clean = value.replace(/\0/g, '');
        expect(execFileSync('sh', ['-c', `printf %s ${shellQuote(clean)}`]).toString()).toBe(clean);
      }),
      { numRuns: 60 },
    );
  });
});

describe('snippets', () => {
  const url = "https://b.oss-cn-hangzhou.aliyuncs.com/it's%20here?Signature=a%2Bb";
  it('curl sends the bound headers and the file', () => {
    expect(curlSnippet({ url, contentType: 'text/plain', contentMd5: 'XUFAKrxLKna5cZ2REBfFkg==' })).toBe(
      `curl -X PUT -H 'Content-Type: text/plain' -H 'Content-MD5: XUFAKrxLKna5cZ2REBfFkg==' --upload-file FILE 'https://b.oss-cn-hangzhou.aliyuncs.com/it'\\''s%20here?Signature=a%2Bb'`,
    );
  });
  it('fetch is valid JavaScript carrying the same URL and headers', () => {
    const code = fetchSnippet({ url, contentType: 'image/png' });
    const calls: unknown[] = [];
    const run = new Function('fetch', 'file', `return (async () => { ${code} })();`) as (
      f: unknown,
      file: unknown,
    ) => Promise<void>;
    return run(async (...args: unknown[]) => {
      calls.push(args);
      return { ok: true };
    }, 'FILE').then(() => {
      expect(calls).toEqual([
        [url, { method: 'PUT', headers: { 'Content-Type': 'image/png' }, body: 'FILE' }],
      ]);
    });
  });
});

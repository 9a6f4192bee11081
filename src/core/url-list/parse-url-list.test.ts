import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketHostsFor } from '../endpoint/bucket-hosts';
import { resolveObjectOrigin, type DomainChoice } from '../endpoint/resolve-object-origin';
import { compilePresign, createPresigner } from '../presign';
import { signUrlListPage } from './sign-url-list-page';
import { parseUrlList } from './parse-url-list';
import {
  getUrlListHeader,
  URL_LIST_COLUMNS,
  type UrlListColumn,
  type UrlListFormat,
} from './url-list-format';

const BUCKET = 'examplebucket';
const settings = { region: 'cn-local', endpoint: 'oss-cn-local.localhost', httpPort: 9000, httpsPort: 9443 };
const hosts = bucketHostsFor(BUCKET, settings, ['files.example.localhost:9000']);
const NOW = Date.parse('2030-01-01T00:00:00Z');
const presigner = await createPresigner();
const session = await presigner.session(
  { accessKeyId: 'STS.id', accessKeySecret: 'secret', securityToken: 'tok' },
  { now: NOW, region: 'cn-local' },
);

/** A file exactly as the console's export writes it. */
function exported(
  keys: string[],
  format: UrlListFormat,
  columns: readonly UrlListColumn[],
  domain: DomainChoice,
) {
  const origin = resolveObjectOrigin(BUCKET, settings, domain, domain.kind !== 'custom');
  const sign = compilePresign(session, { version: 'v4', bucket: BUCKET, origin, expiresInSeconds: 600 });
  const page = signUrlListPage(
    sign,
    keys.map((key) => ({ key })),
    {
      format,
      columns,
      credentialsExpireAt: NOW + 3600_000,
      hostKind: domain.kind,
      disposition: 'inline',
      sampleSize: 0,
    },
  );
  return getUrlListHeader(format, columns) + page.text;
}

const piece = fc.oneof(
  fc.constantFrom(
    '/',
    '..',
    '.',
    "'",
    "'=",
    '=',
    '+',
    '-',
    '@',
    '\t',
    '\r',
    '\n',
    '\r\n',
    ',',
    '"',
    ' ',
    '%2F',
    '?',
    '#',
    '\\',
    '中文',
    '😀',
    '\u202e',
    '{',
    'key',
    'http://x/',
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
);
// keys OSS can hold (no leading "/" or "\"), files (no trailing "/")
const key = fc
  .array(piece, { minLength: 1, maxLength: 6 })
  .map((p) => p.join(''))
  .filter((k) => !/^[/\\]/.test(k) && !k.endsWith('/'));

describe('parseUrlList', () => {
  it('reads back the keys of every export format, for random tricky keys (export → parse round trip)', () => {
    const variants: Array<[UrlListFormat, readonly UrlListColumn[], DomainChoice]> = [
      ['csv', URL_LIST_COLUMNS, { kind: 'default' }],
      ['csv', ['url', 'size'], { kind: 'custom', host: 'files.example.localhost:9000' }],
      ['csv', ['key'], { kind: 'default' }],
      ['txt', ['url'], { kind: 'accelerate' }],
      ['txt', ['url'], { kind: 'default' }],
      ['jsonl', URL_LIST_COLUMNS, { kind: 'default' }],
      ['jsonl', ['url'], { kind: 'custom', host: 'files.example.localhost:9000' }],
    ];
    fc.assert(
      fc.property(
        fc.uniqueArray(key, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...variants),
        (keys, [format, columns, domain]) => {
          // a file whose only column is `key` and whose first key reads as a URL is plain text, not ours
          fc.pre(!(format === 'csv' && columns.length === 1 && keys.some((k) => /^https?:\/\//i.test(k))));
          const parsed = parseUrlList(exported(keys, format, columns, domain), hosts);
          expect(parsed.problems).toEqual([]);
          expect(parsed.keys).toEqual(keys);
          expect(parsed.format).toBe(format === 'txt' ? 'lines' : format);
        },
      ),
      { numRuns: 700 },
    );
  });

  it('keeps a real key "\'=x" through CSV and JSON Lines (the guard is undone exactly once)', () => {
    for (const format of ['csv', 'jsonl'] as const) {
      const keys = ["'=x", "'plain", '=SUM(A1)', "''"];
      expect(parseUrlList(exported(keys, format, URL_LIST_COLUMNS, { kind: 'default' }), hosts).keys).toEqual(
        keys,
      );
    }
  });

  it('reports unreadable lines, other buckets, foreign hosts and bad keys by line number, and reads the rest', () => {
    const good = exported(['a/../b.txt', 'ok.txt'], 'txt', ['url'], { kind: 'default' })
      .trimEnd()
      .split('\n');
    const text = [
      good[0], // 1
      '', // 2 (blank: skipped)
      'https://', // 3
      'https://otherbucket.oss-cn-local.localhost:9000/x.txt?x-oss-signature=1', // 4
      'https://evil.example/ok.txt', // 5
      '/leading-slash.txt', // 6
      'http://examplebucket.oss-cn-hangzhou.aliyuncs.com/k%E0%A4%A.txt', // 7 (broken escape)
      good[1], // 8
      'ok.txt', // 9 (a repeat)
      'folder/', // 10
      'https://oss-cn-hangzhou.aliyuncs.com/examplebucket/path%20style.txt', // 11
    ].join('\r\n');
    const parsed = parseUrlList(text, hosts);
    expect(parsed.keys).toEqual(['a/../b.txt', 'ok.txt', 'path style.txt']);
    expect(parsed.problems).toEqual([
      { line: 3, problem: 'unreadable' },
      { line: 4, problem: 'other-bucket', bucket: 'otherbucket' },
      { line: 5, problem: 'foreign-host', host: 'evil.example' },
      { line: 6, problem: 'bad-key', code: 'KEY_LEADING_SLASH' },
      { line: 7, problem: 'unreadable' },
    ]);
    expect(parsed).toMatchObject({ repeats: 1, folders: 1, format: 'lines' });
    // nothing of a line is echoed: problems carry numbers, a bucket or a host only
    expect(JSON.stringify(parsed.problems)).not.toContain('signature');
  });

  it('takes the key of an SDK-style URL from its path as written: a/../b is not resolved to b', () => {
    const sdk = 'https://examplebucket.oss-cn-hangzhou.aliyuncs.com/a/../b?Expires=1&Signature=x';
    expect(parseUrlList(sdk, hosts).keys).toEqual(['a/../b']);
  });

  it('goes on after a broken CSV row, reporting the line it starts on', () => {
    const csv = exported(['one.txt', 'two\nlines.txt', 'three.txt'], 'csv', ['key', 'url'], {
      kind: 'default',
    });
    const lines = csv.split('\r\n');
    // line 1 header, line 2 one.txt, lines 3–4 the two-line key, line 5 three.txt
    lines.splice(3, 0, '"broken,row', 'short'); // lines 5 and 6; three.txt moves to line 7
    const parsed = parseUrlList(lines.join('\r\n'), hosts);
    expect(parsed.keys).toEqual(['one.txt', 'two\nlines.txt', 'three.txt']);
    expect(parsed.problems).toEqual([
      { line: 5, problem: 'unreadable' },
      { line: 6, problem: 'unreadable' },
    ]);
  });

  it('refuses a CSV or JSON Lines row whose URL is another bucket’s, and reads bad JSON as unreadable', () => {
    const other = 'https://otherbucket.oss-cn-local.localhost:9443/a.txt?x=1';
    const jsonl = [`{"key":"a.txt","url":"${other}"}`, '{"key":', '{"key":"b.txt"}', '[1]'].join('\n');
    expect(parseUrlList(jsonl, hosts)).toMatchObject({
      format: 'jsonl',
      keys: ['b.txt'],
      problems: [
        { line: 1, problem: 'other-bucket', bucket: 'otherbucket' },
        { line: 2, problem: 'unreadable' },
        { line: 4, problem: 'unreadable' },
      ],
    });
    const csv = `\uFEFFkey,url\r\na.txt,${other}\r\nb.txt,\r\n`;
    expect(parseUrlList(csv, hosts)).toMatchObject({
      keys: ['b.txt'],
      problems: [{ line: 2, problem: 'other-bucket', bucket: 'otherbucket' }],
    });
  });
});

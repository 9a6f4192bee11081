import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { compilePresign, createPresigner } from '../presign';
import { resolveObjectOrigin } from '../endpoint/resolve-object-origin';
import { signUrlListPage } from './sign-url-list-page';
import { formatUrlListRows, getUrlListHeader, utf8Length, URL_LIST_COLUMNS } from './url-list-format';

const record = (key: string) => ({
  key,
  url: 'https://b.example/k?x=1&y=2',
  size: 1,
  last_modified: '2024-01-01T00:00:00Z',
  etag: 'E',
  content_type: 'text/plain',
  expires_at: '2024-01-01T01:00:00Z',
});

describe('URL list formats', () => {
  it('CSV: BOM + header, guarded cells; plain text: URLs; JSON Lines: one object per line', () => {
    expect(getUrlListHeader('csv', ['key', 'url'])).toBe('\uFEFFkey,url\r\n');
    expect(getUrlListHeader('txt', ['key', 'url'])).toBe('');
    expect(formatUrlListRows('csv', ['key', 'size'], [record('=1+2')])).toBe(`"'=1+2",1\r\n`);
    expect(formatUrlListRows('txt', ['key'], [record('a'), record('b')])).toBe(
      'https://b.example/k?x=1&y=2\nhttps://b.example/k?x=1&y=2\n',
    );
    expect(formatUrlListRows('jsonl', ['key', 'size'], [record('a\nb')])).toBe('{"key":"a\\nb","size":1}\n');
  });

  it('counts UTF-8 bytes like TextEncoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
      }),
    );
  });

  it('signs a page into parseable rows with effective expiry, warnings and a spread sample', async () => {
    const presigner = await createPresigner();
    const now = Date.parse('2030-01-01T00:00:00Z');
    const session = await presigner.session(
      { accessKeyId: 'STS.id', accessKeySecret: 'secret', securityToken: 'tok' },
      { now, region: 'cn-hangzhou' },
    );
    const origin = resolveObjectOrigin('bkt', { region: 'cn-hangzhou' }, { kind: 'default' }, true);
    const sign = compilePresign(session, { version: 'v4', bucket: 'bkt', origin, expiresInSeconds: 3600 });
    const keys = ['a.png', 'b.apk', '中文.txt', 'c.html', '='];
    const page = signUrlListPage(
      sign,
      keys.map((key) => ({ key, size: 10 })),
      {
        format: 'csv',
        columns: URL_LIST_COLUMNS,
        credentialsExpireAt: now + 1800_000,
        hostKind: 'default',
        disposition: 'inline',
        sampleSize: 2,
      },
    );
    const rows = Papa.parse<string[]>(page.text.trimEnd(), { newline: '\r\n' }).data;
    expect(rows.map((r) => r[0])).toEqual(['a.png', 'b.apk', '中文.txt', 'c.html', "'="]);
    expect(rows.every((r) => r[6] === '2030-01-01T00:30:00Z')).toBe(true);
    expect(page).toMatchObject({ rows: 5, objectBytes: 50, limitedByCredentials: 5, forcedDownload: 2 });
    expect(page.appPackages).toBe(1);
    expect(page.listed).toBe(5);
    expect(page.sample.map((s) => s.key)).toEqual(['a.png', '中文.txt']);
  });
});

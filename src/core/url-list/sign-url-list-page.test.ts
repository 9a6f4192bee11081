import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOCK_SKEW_MARGIN_SECONDS } from '../expiry/validity';
import { linkTemplateFor, perKeyParamsFor } from '../link/link-options';
import { compilePresign, createPresigner } from '../presign';
import { signUrlListPage, type UrlListPageSpec } from './sign-url-list-page';

const NOW = Date.parse('2030-01-01T00:00:00Z');
const presigner = await createPresigner();
const session = await presigner.session(
  { accessKeyId: 'STS.id', accessKeySecret: 'secret', securityToken: 'tok' },
  { now: NOW, region: 'cn-hangzhou' },
);
const endpoint = { region: 'cn-hangzhou' };

/** The export's signer: attachment, each key its own file name (what "Attachment" does by default). */
function attachmentSigner(validitySeconds = 3600) {
  const options = {
    validitySeconds,
    secure: true,
    domain: { kind: 'default' },
    disposition: 'attachment',
    version: 'v4',
  } as const;
  const template = linkTemplateFor('bkt', 'k', options, endpoint);
  return compilePresign(session, template, perKeyParamsFor(options));
}

const spec = (credentialsExpireAt: number): UrlListPageSpec => ({
  format: 'jsonl',
  columns: ['key', 'url', 'expires_at'],
  credentialsExpireAt,
  hostKind: 'default',
  disposition: 'attachment',
  sampleSize: 0,
});

const dispositionOf = (url: string) => new URL(url).searchParams.get('response-content-disposition')!;

describe('signUrlListPage', () => {
  it('gives every key a row in attachment mode: TAB, CR, LF, other controls, "\\" and blank names', () => {
    const keys = ['t/a\tb.txt', 't/cr\r.txt', 't/lf\n.txt', 't/bell\u0007.txt', 't/back\\slash.txt', 't/ '];
    const page = signUrlListPage(
      attachmentSigner(),
      keys.map((key) => ({ key })),
      spec(NOW + 7200_000),
    );
    expect(page.failures).toEqual([]);
    expect(page.rows).toBe(keys.length);
    expect(page.listed).toBe(keys.length);
    const rows = page.text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { key: string; url: string });
    expect(rows.map((r) => r.key)).toEqual(keys);
    expect(rows.map((r) => dispositionOf(r.url))).toEqual([
      'attachment; filename="a_b.txt"',
      'attachment; filename="cr_.txt"',
      'attachment; filename="lf_.txt"',
      'attachment; filename="bell_.txt"',
      'attachment; filename="back_slash.txt"; filename*=UTF-8\'\'back%5Cslash.txt',
      'attachment; filename="download"',
    ]);
  });

  it('never leaves a valid key out, whatever its characters (count in = count out)', () => {
    const piece = fc.oneof(
      fc.constantFrom('/', '\t', '\r', '\n', '\u0000', '\u007f', '\\', '..', '.', ' ', '"', "'", '\u202e'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
    );
    const key = fc
      .array(piece, { minLength: 1, maxLength: 6 })
      .map((p) => `k/${p.join('')}`)
      .filter((k) => !k.endsWith('/'));
    const sign = attachmentSigner();
    fc.assert(
      fc.property(fc.uniqueArray(key, { minLength: 1, maxLength: 8 }), (keys) => {
        const page = signUrlListPage(
          sign,
          keys.map((k) => ({ key: k })),
          spec(NOW + 7200_000),
        );
        expect(page.failures).toEqual([]);
        expect(page.rows).toBe(keys.length);
      }),
      { numRuns: 300 },
    );
  });

  it('counts a row as cut short by the credentials only beyond the clock-skew margin (isMaterialShortfall)', () => {
    const sign = attachmentSigner(3600);
    const urlEnd = NOW + 3600_000;
    const entries = [{ key: 'a.txt' }, { key: 'b.txt' }];
    // the broker granted exactly the link's validity: its credentials end a second or two early
    expect(signUrlListPage(sign, entries, spec(urlEnd - 2_000)).limitedByCredentials).toBe(0);
    expect(
      signUrlListPage(sign, entries, spec(urlEnd - CLOCK_SKEW_MARGIN_SECONDS * 1000)).limitedByCredentials,
    ).toBe(0);
    // really capped (1 h asked, 30 min granted): every row counts, and shows the earlier end
    const capped = signUrlListPage(sign, entries, spec(NOW + 1800_000));
    expect(capped.limitedByCredentials).toBe(2);
    expect(capped.minExpiresAt).toBe(NOW + 1800_000);
  });

  it('gives folder markers no row and counts them apart from the objects', () => {
    const page = signUrlListPage(
      attachmentSigner(),
      [{ key: 'f/' }, { key: 'f/a.txt' }, { key: 'f/sub/' }],
      spec(NOW + 7200_000),
    );
    expect(page).toMatchObject({ rows: 1, listed: 1, folderMarkers: 2, failures: [] });
  });

  describe("each cloud's rules for its own hosts", () => {
    const keys = ['a/photo.jpg', 'a/page.html', 'a/notes.txt', 'a/app.apk', 'a/app.IPA'].map((key) => ({
      key,
    }));
    const counts = (over: Partial<UrlListPageSpec>) => {
      const page = signUrlListPage(attachmentSigner(), keys, { ...spec(NOW + 7200_000), ...over });
      return { forced: page.forcedDownload, refused: page.appPackages, rows: page.rows };
    };

    it('OSS: inline images and web pages download on its hosts; app packages are refused there', () => {
      expect(counts({ disposition: 'inline' })).toEqual({ forced: 2, refused: 2, rows: 5 });
      expect(counts({ disposition: 'inline', hostKind: 'accelerate' })).toEqual({
        forced: 2,
        refused: 2,
        rows: 5,
      });
      expect(counts({ disposition: 'attachment' })).toEqual({ forced: 0, refused: 2, rows: 5 });
      expect(counts({ disposition: 'inline', hostKind: 'custom' })).toEqual({
        forced: 0,
        refused: 0,
        rows: 5,
      });
    });

    it('COS (buckets made after 2024-01-01): every inline file downloads on its hosts; .apk/.ipa refused', () => {
      expect(counts({ cloud: 'cos', disposition: 'inline' })).toEqual({ forced: 3, refused: 2, rows: 5 });
      expect(counts({ cloud: 'cos', disposition: 'inline', hostKind: 'accelerate' })).toEqual({
        forced: 3,
        refused: 2,
        rows: 5,
      });
      expect(counts({ cloud: 'cos', disposition: 'attachment' })).toEqual({ forced: 0, refused: 2, rows: 5 });
      expect(counts({ cloud: 'cos', disposition: 'inline', hostKind: 'custom' })).toEqual({
        forced: 0,
        refused: 0,
        rows: 5,
      });
    });
  });
});

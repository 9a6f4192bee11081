// The seeded content: keys that break naive code (spaces, +, %, #, ?, unicode, emoji, a CSV formula,
// deep folders, an empty-folder marker), real images, HTML, a PDF, packages and a few-MB file.
// Every body is a pure function, so other test suites can import SEED_OBJECTS / seedManifest() and
// check exact bytes against what oss-local serves.
import { createHash } from 'node:crypto';
import type { SeedObjectInput } from '../object-store';
import { contentTypeFor } from '../mime';
import { encodeFlatJpeg } from './jpeg';
import { buildPdf } from './pdf';
import { encodePng } from './png';

export const SEED_BUCKETS = {
  example: 'examplebucket',
  public: 'public-bucket',
  nocors: 'nocors-bucket',
} as const;

/** Last-Modified of every seeded object: fixed, so listings and conditional GETs are reproducible. */
export const SEED_LAST_MODIFIED = Date.UTC(2024, 0, 15, 8, 0, 0);

export interface SeedObjectSpec {
  bucket: string;
  key: string;
  contentType: string;
  build(): Buffer;
  /** ms; SEED_LAST_MODIFIED when not given */
  lastModified?: number;
}

export interface SeedManifestEntry {
  bucket: string;
  key: string;
  contentType: string;
  size: number;
  md5Hex: string;
  sha256Hex: string;
  /** as OSS returns it: quoted upper-case MD5 */
  etag: string;
  /** ms since the epoch */
  lastModified: number;
}

const text = (bucket: string, key: string, extra = ''): Buffer =>
  Buffer.from(`oss-local seed object\nbucket: ${bucket}\nkey: ${key}\n${extra}`, 'utf8');

/** xorshift32: deterministic pseudo-random bytes for the large binary object. */
function pseudoRandomBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i += 4) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out.writeUInt32LE(x, i);
  }
  return out;
}

const gradient = (w: number, h: number, tint: [number, number, number]): Buffer =>
  encodePng(w, h, (x, y) => [(tint[0] + x * 8) & 0xff, (tint[1] + y * 8) & 0xff, tint[2]]);

const HTML_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>oss-local seed page</title></head>
<body><h1>oss-local</h1><p>Served from the seeded bucket. On a default OSS domain this page downloads instead of rendering.</p></body></html>
`;

function textObject(bucket: string, key: string, extra?: string): SeedObjectSpec {
  return { bucket, key, contentType: contentTypeFor(key), build: () => text(bucket, key, extra) };
}

function binaryObject(
  bucket: string,
  key: string,
  build: () => Buffer,
  contentType = contentTypeFor(key),
): SeedObjectSpec {
  return { bucket, key, contentType, build };
}

const EX = SEED_BUCKETS.example;
const PUB = SEED_BUCKETS.public;

/** A text object of exactly `size` bytes (its header, then filler). */
function sizedObject(key: string, size: number, lastModified: number): SeedObjectSpec {
  const build = () => {
    const head = text(EX, key);
    return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), 0x2e)]).subarray(0, size);
  };
  return { bucket: EX, key, contentType: contentTypeFor(key), build, lastModified };
}

/**
 * The export filters' folder: names, extensions, case, depths, sizes and dates that a filter of
 * "*.pdf and 2024/**\/raw/*, not draft-*, 1 KB–100 KB, modified in 2024" splits. One date sits on the
 * evening of 2023-12-31 UTC: inside 2024 in UTC+8, outside it in UTC.
 */
export const FILTER_OBJECTS: readonly SeedObjectSpec[] = [
  sizedObject('filters/report-2024.pdf', 4096, Date.UTC(2024, 2, 10, 9)),
  sizedObject('filters/report-2023.pdf', 4096, Date.UTC(2023, 5, 1, 9)),
  sizedObject('filters/report-2025.pdf', 4096, Date.UTC(2025, 1, 1, 9)),
  sizedObject('filters/new-year.pdf', 2048, Date.UTC(2023, 11, 31, 20)),
  sizedObject('filters/Summary.PDF', 8192, Date.UTC(2024, 3, 1, 12)),
  sizedObject('filters/draft-plan.pdf', 4096, Date.UTC(2024, 3, 2, 12)),
  sizedObject('filters/tiny.pdf', 200, Date.UTC(2024, 3, 3, 12)),
  sizedObject('filters/large.pdf', 150 * 1024, Date.UTC(2024, 3, 4, 12)),
  sizedObject('filters/notes.txt', 3000, Date.UTC(2024, 4, 1, 12)),
  sizedObject('filters/.hidden.pdf', 1024, Date.UTC(2024, 4, 2, 12)),
  sizedObject('filters/2024/deep/inside.pdf', 5000, Date.UTC(2024, 5, 1, 12)),
  sizedObject('filters/2024/raw/a.csv', 2000, Date.UTC(2024, 6, 1, 12)),
  sizedObject('filters/2024/q1/raw/b.csv', 100 * 1024, Date.UTC(2024, 6, 2, 12)),
  sizedObject('filters/2024/raw/sub/c.csv', 2000, Date.UTC(2024, 6, 3, 12)),
  sizedObject('filters/2023/raw/old.csv', 2000, Date.UTC(2024, 6, 4, 12)),
];

/** The keys that break naive encoders, decoders, CSV writers and URL builders. */
export const TRICKY_KEYS = [
  'tricky/a b.txt',
  'tricky/a+b.txt',
  'tricky/100%.txt',
  'tricky/%2B.txt',
  'tricky/#hash.txt',
  'tricky/what?.txt',
  'tricky/~tilde.txt',
  'tricky/a&b.txt',
  'tricky/a=b.txt',
  'tricky/中文 文件.txt',
  'tricky/😀.txt',
  "tricky/quote'and(paren).txt",
  'csv/=HYPERLINK("http://evil").txt',
] as const;

export const SEED_OBJECTS: readonly SeedObjectSpec[] = [
  textObject(EX, 'readme.txt', 'This bucket is seeded by oss-local for the OSS Link Console.\n'),
  ...TRICKY_KEYS.map((key) => textObject(EX, key)),
  binaryObject(EX, 'photos/2024/sunset.png', () => gradient(16, 12, [200, 80, 40])),
  binaryObject(EX, 'photos/2024/sky.jpg', () => encodeFlatJpeg(180)),
  binaryObject(EX, 'photos/2024/trip/beach.png', () => gradient(8, 8, [20, 160, 220])),
  binaryObject(EX, 'photos/2023/old.png', () => gradient(4, 4, [90, 90, 90])),
  binaryObject(EX, 'site/index.html', () => Buffer.from(HTML_PAGE, 'utf8')),
  binaryObject(EX, 'docs/guide.pdf', () =>
    buildPdf('OSS Link Console guide', ['Seeded by oss-local.', 'Share files with signed URLs.']),
  ),
  binaryObject(EX, 'apps/app.apk', () =>
    Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), text(EX, 'apps/app.apk')]),
  ),
  binaryObject(EX, 'apps/app.ipa', () =>
    Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), text(EX, 'apps/app.ipa')]),
  ),
  binaryObject(EX, 'big-file/sample-5mb.bin', () => pseudoRandomBytes(5 * 1024 * 1024, 0x5eed)),
  textObject(EX, '报告/2024年报.txt', '年度报告（示例）\n'),
  binaryObject(EX, 'empty-folder/', () => Buffer.alloc(0), 'application/octet-stream'),
  textObject(EX, 'deep/a/b/c/d/e/f/file.txt'),
  ...FILTER_OBJECTS,
  textObject(PUB, 'public/hello.txt', 'Anyone may read this object: the bucket ACL is public-read.\n'),
  binaryObject(PUB, 'public/logo.png', () => gradient(8, 8, [240, 120, 0])),
  binaryObject(PUB, 'public/index.html', () => Buffer.from(HTML_PAGE, 'utf8')),
  textObject(SEED_BUCKETS.nocors, 'data/sample.txt', 'This bucket has no CORS rule.\n'),
];

export function buildSeedObjects(): SeedObjectInput[] {
  return SEED_OBJECTS.map((s) => ({
    bucket: s.bucket,
    key: s.key,
    body: s.build(),
    contentType: s.contentType,
    lastModified: s.lastModified ?? SEED_LAST_MODIFIED,
  }));
}

export function seedManifest(): SeedManifestEntry[] {
  return SEED_OBJECTS.map((s) => {
    const body = s.build();
    const md5Hex = createHash('md5').update(body).digest('hex');
    return {
      bucket: s.bucket,
      key: s.key,
      contentType: s.contentType,
      size: body.length,
      md5Hex,
      sha256Hex: createHash('sha256').update(body).digest('hex'),
      etag: `"${md5Hex.toUpperCase()}"`,
      lastModified: s.lastModified ?? SEED_LAST_MODIFIED,
    };
  });
}

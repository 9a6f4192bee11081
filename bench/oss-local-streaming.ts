// `npm run bench:oss-local`: oss-local keeps its memory bounded while it moves multi-GiB objects.
// In a child process of its own (so the RSS measured is the server's alone, read from /proc):
//   1. a 5 GiB object uploaded in five 1 GiB parts (bytes generated on the fly), completed, then read
//      whole (CRC-64 checked against x-oss-hash-crc64ecma) and by range (bytes checked) — over 2 GiB, the
//      old whole-file read answered 500;
//   2. a 1 GiB PutObject, then four parallel GETs of it: peak server RSS must stay under 200 MB.
//   3. (section `list`) ListObjectsV2 throughput over a 1,000,000-object synthetic prefix, pages of
//      1000 keys, in-process (the server's own cost) and over loopback HTTP; goal >= 50 pages/s each.
// BENCH_ONLY=list or BENCH_ONLY=streaming runs one section (default: both). Everything lives in a temporary
// data dir, removed at the end. Streaming takes a few minutes and ~11 GiB of disk.
// Writes bench/results/oss-local-streaming.json.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerMapFromRecord } from '../server/oss-local/auth/header-map';
import { computeV1Signature, getV1StringToSign } from '../server/oss-local/auth/v1-string-to-sign';
import { loopbackLookup } from '../server/oss-local/loopback-lookup';
import { parseQuery } from '../server/oss-local/raw-request';
import { Crc64 } from '../server/object-store/crc64';
import { upsertSyntheticFolder } from '../server/object-store/manifest';
import { createOssLocalApp } from '../server/oss-local/app';

const here = dirname(fileURLToPath(import.meta.url));
const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const PART_SIZE = Number(process.env.BENCH_PART_BYTES ?? GiB);
const PARTS = Number(process.env.BENCH_PARTS ?? 5);
const PARALLEL_SIZE = Number(process.env.BENCH_PARALLEL_BYTES ?? GiB);
const RSS_LIMIT = 200 * MiB;
const ROOT = { id: 'bench-root', secret: 'bench-root-secret' };
const BUCKET = 'examplebucket';
const ONLY = process.env.BENCH_ONLY ?? 'list,streaming';
const LIST = { bucket: 'public-bucket', prefix: 'big/', count: 1_000_000, page: 1000, goal: 50 };

/** Deterministic bytes: MiB block k is a fixed block with k written into its first 8 bytes. */
const BASE = Buffer.alloc(MiB);
for (let i = 0; i < MiB; i++) BASE[i] = (i * 2654435761) >>> 24;
function block(k: number): Buffer {
  const b = Buffer.from(BASE);
  b.writeDoubleLE(k, 0);
  return b;
}
function bytesAt(offset: number, length: number): Buffer {
  const out = Buffer.alloc(length);
  for (let done = 0; done < length;) {
    const at = offset + done;
    const k = Math.floor(at / MiB);
    const inBlock = at - k * MiB;
    const n = Math.min(MiB - inBlock, length - done);
    block(k).copy(out, done, inBlock, inBlock + n);
    done += n;
  }
  return out;
}

let port = 0;
function signed(method: string, key: string, query: string, extra: Record<string, string> = {}) {
  const headers: Record<string, string> = { 'x-oss-date': new Date().toUTCString(), ...extra };
  const sts = getV1StringToSign({
    method,
    headers: headerMapFromRecord(headers),
    dateLine: headers['x-oss-date'] ?? '',
    bucket: BUCKET,
    key,
    query: parseQuery(query),
  });
  headers.authorization = `OSS ${ROOT.id}:${computeV1Signature(ROOT.secret, sts)}`;
  return {
    host: `${BUCKET}.oss-cn-local.localhost`,
    port,
    method,
    path: `/${key}${query ? `?${query}` : ''}`,
    headers,
    lookup: loopbackLookup,
    agent: false,
  };
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  bytes: number;
  crc64: string;
}

/** Sends `blocks` MiB blocks from `first` (or `body`), reads the answer; the body is kept only when small. */
function send(
  opts: ReturnType<typeof signed>,
  body?: { first: number; blocks: number } | Buffer,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(opts, (res) => {
      const crc = new Crc64();
      const kept: Buffer[] = [];
      let bytes = 0;
      res.on('data', (c: Buffer) => {
        bytes += c.length;
        crc.update(c);
        if (bytes <= MiB) kept.push(c);
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(kept),
          bytes,
          crc64: crc.digest(),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body === undefined) return void req.end();
    if (Buffer.isBuffer(body)) return void req.end(body);
    let k = body.first;
    const pump = (): void => {
      while (k < body.first + body.blocks) if (!req.write(block(k++))) return void req.once('drain', pump);
      req.end();
    };
    pump();
  });
}

function rssOf(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

async function startServer(dataDir: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(here, '../server/oss-local/index.ts'),
      '--http-port',
      '0',
      '--https-port',
      '0',
      '--data-dir',
      dataDir,
    ],
    {
      env: {
        ...process.env,
        OSS_LOCAL_ROOT_ID: ROOT.id,
        OSS_LOCAL_ROOT_SECRET: ROOT.secret,
        LOCAL_STACK_KEY: 'bench-stack-key-0123456789',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      if (port !== 0) return; // keep draining the access log
      out += c.toString();
      const m = /HTTP\s+http:\/\/[^:]+:(\d+)/.exec(out);
      if (m) {
        port = Number(m[1]);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`oss-local exited with ${code}`)));
  });
  return child;
}

/** Walks `pages` ListObjectsV2 pages (encoding-type=url, continuation tokens) after `startAfter`. */
async function listPages(
  fetchPage: (query: string) => Promise<string>,
  pages: number,
  startAfter: string,
): Promise<{ pages: number; keys: number; seconds: number }> {
  const started = performance.now();
  let token: string | undefined;
  let done = 0;
  let keys = 0;
  do {
    const from =
      token !== undefined ? `&continuation-token=${token}` : `&start-after=${encodeURIComponent(startAfter)}`;
    const xml = await fetchPage(
      `list-type=2&prefix=${encodeURIComponent(LIST.prefix)}&encoding-type=url&max-keys=${LIST.page}${from}`,
    );
    keys += (xml.match(/<Key>/g) ?? []).length;
    token = /<NextContinuationToken>([^<]*)<\/NextContinuationToken>/.exec(xml)?.[1];
    done += 1;
  } while (token !== undefined && done < pages);
  return { pages: done, keys, seconds: (performance.now() - started) / 1000 };
}

/** Section `list`: pages/s in-process and over loopback HTTP (the child server), printed beside the goal. */
async function listThroughput(): Promise<Record<string, unknown>> {
  const { app } = createOssLocalApp({
    stackKey: 'bench-stack-key-0123456789',
    dataDir: null,
    seed: false,
    synthetic: [{ bucket: LIST.bucket, prefix: LIST.prefix, count: LIST.count }],
  });
  const inProcess = async (q: string): Promise<string> =>
    (await app.request(`http://${LIST.bucket}.oss-cn-local.localhost/?${q}`)).text();
  const overHttp = (q: string): Promise<string> =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: `/?${q}`,
          headers: { host: `${LIST.bucket}.oss-cn-local.localhost:${port}` },
          lookup: loopbackLookup,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve(Buffer.concat(chunks).toString()));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end();
    });
  const out: Record<string, unknown> = { goalPagesPerSecond: LIST.goal };
  for (const [label, fetchPage, pages] of [
    ['in-process', inProcess, 300],
    ['loopback HTTP', overHttp, 150],
  ] as const) {
    await listPages(fetchPage, 20, `${LIST.prefix}000000000.txt`); // warm-up, as in any real export
    const r = await listPages(fetchPage, pages, `${LIST.prefix}000500000.txt`);
    const rate = r.pages / r.seconds;
    console.log(
      `ListObjectsV2 ${label}: ${r.pages} pages x ${LIST.page} keys (${r.keys} keys) in ${r.seconds.toFixed(2)} s = ${rate.toFixed(0)} pages/s (goal >= ${LIST.goal})`,
    );
    out[label === 'in-process' ? 'inProcessPagesPerSecond' : 'httpPagesPerSecond'] = Math.round(rate);
    out[label === 'in-process' ? 'inProcessOk' : 'httpOk'] =
      r.keys === pages * LIST.page && rate >= LIST.goal;
  }
  return out;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'oss-local-bench-'));
  if (ONLY.includes('list'))
    upsertSyntheticFolder(dataDir, {
      bucket: LIST.bucket,
      prefix: LIST.prefix,
      count: LIST.count,
      lastModified: 0,
    });
  const child = await startServer(dataDir);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(child))), 20);
  const phase = async <T>(
    name: string,
    run: () => Promise<T>,
  ): Promise<{ value: T; seconds: number; peakRss: number }> => {
    peak = rssOf(child);
    const t = performance.now();
    const value = await run();
    const seconds = (performance.now() - t) / 1000;
    console.log(`${name}: ${seconds.toFixed(1)} s, peak server RSS ${(peak / MiB).toFixed(0)} MB`);
    return { value, seconds, peakRss: peak };
  };
  const results: Record<string, unknown> = { startRss: rssOf(child) };
  try {
    let verdict = true;
    if (ONLY.includes('list')) {
      const list = await listThroughput();
      results.list = list;
      verdict &&= list.inProcessOk === true && list.httpOk === true;
    }
    if (ONLY.includes('streaming')) verdict &&= await streaming(phase, results);
    results.verdict = verdict ? 'pass' : 'fail';
    console.log(JSON.stringify(results, null, 2));
    mkdirSync(join(here, 'results'), { recursive: true });
    writeFileSync(
      join(here, 'results', 'oss-local-streaming.json'),
      JSON.stringify({ at: new Date().toISOString(), ...results }, null, 2),
    );
    if (!verdict) process.exitCode = 1;
  } finally {
    clearInterval(sampler);
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

type Phase = <T>(
  name: string,
  run: () => Promise<T>,
) => Promise<{ value: T; seconds: number; peakRss: number }>;

/** Sections 1 and 2: multi-GiB uploads and GETs with bounded memory. */
async function streaming(phase: Phase, results: Record<string, unknown>): Promise<boolean> {
  {
    const key = 'bench/five-gib.bin';
    const total = PART_SIZE * PARTS;
    const init = await send(signed('POST', key, 'uploads'));
    const uploadId = /<UploadId>([^<]+)</.exec(init.body.toString())?.[1] ?? '';
    const upload = await phase(`upload ${PARTS} x ${PART_SIZE / MiB} MiB parts`, async () => {
      const etags: string[] = [];
      for (let n = 1; n <= PARTS; n++) {
        const res = await send(
          signed('PUT', key, `partNumber=${n}&uploadId=${uploadId}`, { 'content-length': String(PART_SIZE) }),
          {
            first: ((n - 1) * PART_SIZE) / MiB,
            blocks: PART_SIZE / MiB,
          },
        );
        if (res.status !== 200) throw new Error(`UploadPart ${n}: ${res.status} ${res.body.toString()}`);
        etags.push(String(res.headers.etag));
      }
      return etags;
    });
    const xml = `<CompleteMultipartUpload>${upload.value.map((e, i) => `<Part><PartNumber>${i + 1}</PartNumber><ETag>${e}</ETag></Part>`).join('')}</CompleteMultipartUpload>`;
    const complete = await phase('complete', () =>
      send(signed('POST', key, `uploadId=${uploadId}`), Buffer.from(xml)),
    );
    if (complete.value.status !== 200)
      throw new Error(`Complete: ${complete.value.status} ${complete.value.body.toString()}`);
    const whole = await phase(`GET ${total / GiB} GiB whole`, () => send(signed('GET', key, '')));
    const crcOk =
      whole.value.status === 200 &&
      whole.value.bytes === total &&
      whole.value.crc64 === whole.value.headers['x-oss-hash-crc64ecma'];
    const at = total - Math.floor(PART_SIZE / 2) - 12_345;
    const ranged = await phase('GET 100-byte range near the end', () =>
      send(signed('GET', key, '', { range: `bytes=${at}-${at + 99}` })),
    );
    const rangeOk = ranged.value.status === 206 && ranged.value.body.equals(bytesAt(at, 100));
    results.fiveGib = {
      bytes: total,
      upload: upload.seconds,
      uploadPeakRss: upload.peakRss,
      complete: complete.seconds,
      completePeakRss: complete.peakRss,
      getWhole: whole.seconds,
      getWholePeakRss: whole.peakRss,
      crcOk,
      rangeOk,
    };
    await send(signed('DELETE', key, ''));

    const one = 'bench/one-gib.bin';
    const put = await phase(`PUT ${PARALLEL_SIZE / GiB} GiB`, () =>
      send(signed('PUT', one, '', { 'content-length': String(PARALLEL_SIZE) }), {
        first: 0,
        blocks: PARALLEL_SIZE / MiB,
      }),
    );
    if (put.value.status !== 200) throw new Error(`PutObject: ${put.value.status}`);
    const four = await phase('4 parallel GETs', () =>
      Promise.all([0, 1, 2, 3].map(() => send(signed('GET', one, '')))),
    );
    const fourOk = four.value.every(
      (r) =>
        r.status === 200 &&
        r.bytes === PARALLEL_SIZE &&
        r.crc64 === put.value.headers['x-oss-hash-crc64ecma'],
    );
    results.parallel = {
      bytes: PARALLEL_SIZE,
      put: put.seconds,
      putPeakRss: put.peakRss,
      fourGets: four.seconds,
      fourGetsPeakRss: four.peakRss,
      ok: fourOk,
    };
    return crcOk && rangeOk && fourOk && four.peakRss < RSS_LIMIT;
  }
}

void main();

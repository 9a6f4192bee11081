// Runs inside headless Chromium. Contenders sign the same keys with the same credentials and options;
// before timing, a sample of their URLs is checked to be byte-identical, so they do the same work.
import type { PresignTemplate } from '../../src/core/presign';
import { compilePresign, createPresigner } from '../../src/core/presign';
import { resolveObjectOrigin } from '../../src/core/endpoint/resolve-object-origin';
import { createSignPool } from '../../src/workers/sign-pool';
import { BUCKET, CREDENTIALS, EXPIRES, makeKeys, REGION } from './signing-fixture';

interface AliOssClient {
  signatureUrl(name: string, options: { expires: number }): string;
  signatureUrlV4(method: string, expires: number, request: object, name: string): Promise<string>;
}
declare global {
  interface Window {
    OSS: new (options: Record<string, unknown>) => AliOssClient;
    runSigningBench: (count: number, rounds: number) => Promise<SigningBenchResult>;
  }
}

export interface Measurement {
  name: string;
  urlsPerSecond: number[];
}
export interface SigningBenchResult {
  count: number;
  rounds: number;
  cores: number;
  poolSize: number;
  tokenLength: number;
  identicalSample: number;
  measurements: Measurement[];
}

const origin = resolveObjectOrigin(BUCKET, { region: REGION }, { kind: 'default' }, true);
const template = (version: 'v1' | 'v4'): PresignTemplate => ({
  version,
  bucket: BUCKET,
  origin,
  expiresInSeconds: EXPIRES,
});

function sdk(): AliOssClient {
  return new window.OSS({
    region: `oss-${REGION}`,
    secure: true,
    bucket: BUCKET,
    accessKeyId: CREDENTIALS.accessKeyId,
    accessKeySecret: CREDENTIALS.accessKeySecret,
    stsToken: CREDENTIALS.securityToken,
    // set so the SDK does not warn; never called within the benchmark's minutes
    refreshSTSToken: async () => ({ ...CREDENTIALS, stsToken: CREDENTIALS.securityToken }),
    refreshSTSTokenInterval: 3_600_000,
  });
}

async function time(run: () => unknown | Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

window.runSigningBench = async (count, rounds) => {
  const presigner = await createPresigner();
  const keys = makeKeys(count);
  const client = sdk();
  const pool = createSignPool();
  const session = () => presigner.session(CREDENTIALS, { now: Date.now(), region: REGION });

  // Same work: the first 200 URLs of each version must equal the SDK's (retry across a second boundary).
  let identical = 0;
  for (const version of ['v1', 'v4'] as const) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const sign = compilePresign(await session(), template(version));
      const ours = keys.slice(0, 100).map((k) => sign(k).url);
      const theirs =
        version === 'v1'
          ? keys.slice(0, 100).map((k) => client.signatureUrl(k, { expires: EXPIRES }))
          : await Promise.all(keys.slice(0, 100).map((k) => client.signatureUrlV4('GET', EXPIRES, {}, k)));
      if (ours.every((u, i) => u === theirs[i])) {
        identical += ours.length;
        break;
      }
      if (attempt === 2)
        throw new Error(`${version}: our URLs differ from the SDK's:\n${ours[0]}\n${theirs[0]}`);
    }
  }

  const chunk = 4000;
  const chunks: string[][] = [];
  for (let i = 0; i < keys.length; i += chunk) chunks.push(keys.slice(i, i + chunk));
  // warm the workers (WebAssembly instantiation is a one-time start-up cost, not per-URL work)
  await Promise.all(
    Array.from({ length: pool.size * 2 }, () =>
      pool.sign({
        credentials: CREDENTIALS,
        session: { now: Date.now(), region: REGION },
        template: template('v4'),
        keys: keys.slice(0, 10),
      }),
    ),
  );

  const contenders: Array<[string, () => Promise<unknown> | unknown]> = [];
  for (const version of ['v1', 'v4'] as const) {
    contenders.push([
      `ali-oss ${version}`,
      version === 'v1'
        ? () => {
            for (const k of keys) client.signatureUrl(k, { expires: EXPIRES });
          }
        : async () => {
            for (const k of keys) await client.signatureUrlV4('GET', EXPIRES, {}, k);
          },
    ]);
    contenders.push([
      `ours ${version} 1 thread`,
      async () => {
        const sign = compilePresign(await session(), template(version));
        for (const k of keys) sign(k);
      },
    ]);
    contenders.push([
      `ours ${version} ${pool.size} workers`,
      () =>
        Promise.all(
          chunks.map((c) =>
            pool.sign({
              credentials: CREDENTIALS,
              session: { now: Date.now(), region: REGION },
              template: template(version),
              keys: c,
            }),
          ),
        ),
    ]);
  }
  const measurements: Measurement[] = contenders.map(([name]) => ({ name, urlsPerSecond: [] }));
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < contenders.length; i++) {
      const ms = await time(contenders[i]![1]);
      measurements[i]!.urlsPerSecond.push(Math.round((count / ms) * 1000));
    }
  }
  pool.terminate();
  return {
    count,
    rounds,
    cores: navigator.hardwareConcurrency,
    poolSize: pool.size,
    tokenLength: CREDENTIALS.securityToken.length,
    identicalSample: identical,
    measurements,
  };
};

document.getElementById('status')!.textContent = 'loaded';

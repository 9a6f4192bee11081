// COS signing benchmark, inside headless Chromium: our COS core vs cos-js-sdk-v5 (its browser build,
// getObjectUrl with Sign: true) for the same keys, temporary key and options. Before timing, a sample of
// URLs is checked to be byte-identical, so both sides do the same work.
import { compileCosPresign, createCosPresigner, resolveCosObjectOrigin } from '../../src/core/cos';
import type { CosPresignTemplate } from '../../src/core/cos';
import type { Measurement } from './bench-page';
import { COS_BUCKET, COS_CREDENTIALS, COS_REGION, EXPIRES, makeKeys } from './signing-fixture';

interface CosJsSdk {
  /** without a callback it returns the signed URL synchronously (credentials given in the options) */
  getObjectUrl(params: Record<string, unknown>): string;
}
declare global {
  interface Window {
    COS: new (options: Record<string, unknown>) => CosJsSdk;
    runCosSigningBench: (count: number, rounds: number) => Promise<CosSigningBenchResult>;
  }
}

export interface CosSigningBenchResult {
  count: number;
  rounds: number;
  tokenLength: number;
  identicalSample: number;
  sdkVersion: string;
  measurements: Measurement[];
}

const origin = resolveCosObjectOrigin(COS_BUCKET, { region: COS_REGION }, { kind: 'default' }, true);
const template: CosPresignTemplate = { origin, expiresInSeconds: EXPIRES };

window.runCosSigningBench = async (count, rounds) => {
  const presigner = await createCosPresigner();
  const keys = makeKeys(count);
  const client = new window.COS({
    SecretId: COS_CREDENTIALS.secretId,
    SecretKey: COS_CREDENTIALS.secretKey,
    SecurityToken: COS_CREDENTIALS.securityToken,
    Protocol: 'https:',
  });
  const sdkUrl = (key: string) =>
    client.getObjectUrl({ Bucket: COS_BUCKET, Region: COS_REGION, Key: key, Sign: true, Expires: EXPIRES });
  const session = () => presigner.session(COS_CREDENTIALS, { now: Date.now() });

  // Same work: the first 200 URLs must equal the SDK's (retry across a second boundary). Without
  // parameters the URL the SDK returns equals the one its callback gets (no q-url-param-list to rewrite).
  let identical = 0;
  for (let attempt = 0; attempt < 3; attempt++) {
    const sign = await compileCosPresign(await session(), template);
    const sample = keys.slice(0, 200);
    const ours = sample.map((k) => sign(k).url);
    const theirs = sample.map(sdkUrl);
    if (ours.every((u, i) => u === theirs[i])) {
      identical = ours.length;
      break;
    }
    if (attempt === 2) throw new Error(`our COS URLs differ from the SDK's:\n${ours[0]}\n${theirs[0]}`);
  }

  const contenders: Array<[string, () => Promise<unknown> | unknown]> = [
    [
      'cos-js-sdk-v5',
      () => {
        for (const k of keys) sdkUrl(k);
      },
    ],
    [
      'ours cos 1 thread',
      async () => {
        const sign = await compileCosPresign(await session(), template);
        for (const k of keys) sign(k);
      },
    ],
  ];
  const measurements: Measurement[] = contenders.map(([name]) => ({ name, urlsPerSecond: [] }));
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < contenders.length; i++) {
      const start = performance.now();
      await contenders[i]![1]();
      const ms = performance.now() - start;
      measurements[i]!.urlsPerSecond.push(Math.round((count / ms) * 1000));
    }
  }
  return {
    count,
    rounds,
    tokenLength: COS_CREDENTIALS.securityToken.length,
    identicalSample: identical,
    sdkVersion: (window.COS as unknown as { version?: string }).version ?? 'unknown',
    measurements,
  };
};

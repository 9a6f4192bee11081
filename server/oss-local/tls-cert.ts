// The self-signed certificate for oss-local's HTTPS port, covering the endpoint, its bucket subdomains,
// the accelerate host and the custom domains. Kept in <dataDir>/tls and reused while it still covers
// the same names, so a developer who trusted it once keeps it across restarts.
import { X509Certificate } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { z } from 'zod';

export interface TlsMaterial {
  cert: string;
  key: string;
  /** SHA-256 fingerprint, for the startup banner */
  fingerprint: string;
  /** where cert.pem was written, when persisted */
  certPath: string | undefined;
}

const storedSchema = z.object({ names: z.array(z.string()), notAfter: z.number(), fingerprint: z.string() });

export function certificateNames(
  endpoint: string,
  accelerateEndpoint: string,
  cnames: readonly string[],
): string[] {
  return [
    ...new Set([
      'localhost',
      '*.localhost',
      endpoint,
      `*.${endpoint}`,
      accelerateEndpoint,
      `*.${accelerateEndpoint}`,
      ...cnames,
    ]),
  ];
}

function readStored(dir: string, names: readonly string[], nowMs: number): TlsMaterial | undefined {
  try {
    const meta = storedSchema.parse(JSON.parse(readFileSync(join(dir, 'cert.json'), 'utf8')));
    if (meta.names.join(',') !== names.join(',') || meta.notAfter < nowMs + 86_400_000) return undefined;
    return {
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      fingerprint: meta.fingerprint,
      certPath: join(dir, 'cert.pem'),
    };
  } catch {
    return undefined;
  }
}

export async function loadOrCreateCertificate(
  names: readonly string[],
  dataDir: string | undefined,
): Promise<TlsMaterial> {
  const dir = dataDir === undefined ? undefined : join(dataDir, 'tls');
  const now = Date.now();
  const stored = dir === undefined ? undefined : readStored(dir, names, now);
  if (stored !== undefined) return stored;

  const notAfter = new Date(now + 365 * 86_400_000);
  const pems = await generate([{ name: 'commonName', value: 'oss-local' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 86_400_000),
    notAfterDate: notAfter,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...names.map((value) => ({ type: 2 as const, value })),
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  const fingerprint = new X509Certificate(pems.cert).fingerprint256;
  const material: TlsMaterial = { cert: pems.cert, key: pems.private, fingerprint, certPath: undefined };
  if (dir === undefined) return material;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'cert.pem'), pems.cert);
  writeFileSync(join(dir, 'key.pem'), pems.private, { mode: 0o600 });
  writeFileSync(join(dir, 'cert.json'), JSON.stringify({ names, notAfter: notAfter.getTime(), fingerprint }));
  return { ...material, certPath: join(dir, 'cert.pem') };
}

// The one block `npm start` prints: where everything is and how to trust the self-signed certificate.
export interface BannerInput {
  consoleUrl?: string;
  brokerUrl: string;
  ossHttp: string;
  ossHttps: string;
  accelerate: string;
  customDomains: Record<string, string>;
  buckets: string[];
  /** cos-local: bucket host templates and the COS buckets of the sample configuration */
  cos?: {
    http: string;
    https: string;
    buckets: string[];
    /** global acceleration host template, e.g. http://<bucket>.cos.accelerate.localhost:9100 */
    accelerate?: string;
    customDomains?: Record<string, string>;
  };
  /** buckets whose credentials may upload; the others are read-only */
  uploadBuckets: string[];
  minDurationSeconds: number;
  maxDurationSeconds: number;
  certPath?: string;
  dataDir?: string | null;
  control: boolean;
  faults: boolean;
}

function uploadLine(b: BannerInput): string {
  const all = [...b.buckets, ...(b.cos?.buckets ?? [])];
  const readOnly = all.filter((name) => !b.uploadBuckets.includes(name));
  if (b.uploadBuckets.length === 0)
    return '  Upload             off (--read-only): every bucket is read-only';
  const rest = readOnly.length > 0 ? `; read-only: ${readOnly.join(', ')}` : '';
  return `  Upload             allowed on ${b.uploadBuckets.join(', ')}${rest}`;
}

export function formatBanner(b: BannerInput): string {
  const domains = Object.entries(b.customDomains)
    .map(([host, bucket]) => `${host} → ${bucket}`)
    .join(', ');
  const lines = [
    '',
    'OSS Link Console — local stack is up',
    '',
    b.consoleUrl
      ? `  Open the console   ${b.consoleUrl}`
      : '  Console            not started (--console none)',
    `  Broker (local STS) ${b.brokerUrl}   no operator auth; credentials ${b.minDurationSeconds}–${b.maxDurationSeconds} s`,
    `  OSS over HTTP      ${b.ossHttp}   buckets: ${b.buckets.join(', ')}`,
    `  OSS over HTTPS     ${b.ossHttps}   (self-signed certificate)`,
    ...(b.cos
      ? [
          `  COS over HTTP      ${b.cos.http}   buckets: ${b.cos.buckets.join(', ')} (ap-guangzhou)`,
          `  COS over HTTPS     ${b.cos.https}   (self-signed certificate)`,
          ...(b.cos.accelerate ? [`  COS acceleration   ${b.cos.accelerate}`] : []),
          ...(b.cos.customDomains && Object.keys(b.cos.customDomains).length > 0
            ? [
                `  COS custom domains ${Object.entries(b.cos.customDomains)
                  .map(([host, bucket]) => `${host} → ${bucket}`)
                  .join(', ')} (same ports)`,
              ]
            : []),
        ]
      : []),
    uploadLine(b),
    `  Accelerate host    ${b.accelerate}`,
    ...(domains ? [`  Custom domains     ${domains} (same ports)`] : []),
    ...(b.dataDir ? [`  Data               ${b.dataDir}`] : []),
    ...(b.control ? ['  Control endpoint   enabled (fault injection, loopback only)'] : []),
    ...(b.faults ? ['  Faults             ACTIVE — some OSS requests fail on purpose'] : []),
    '',
    '  HTTPS: browsers distrust the self-signed certificate. Either trust it once',
    b.certPath
      ? `    (import ${b.certPath} into your OS/browser trust store for "*.localhost"),`
      : '    (import the certificate oss-local printed into your OS/browser trust store),',
    `    or open ${b.ossHttps}/ and every bucket host you use and accept the warning,`,
    '    or start Chromium with --ignore-certificate-errors (the e2e tests do). HTTP needs nothing.',
    '',
    '  Stop with Ctrl-C.',
    '',
  ];
  return lines.join('\n');
}

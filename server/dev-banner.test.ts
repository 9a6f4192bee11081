import { describe, expect, it } from 'vitest';
import { formatBanner } from './dev-banner';

describe('formatBanner', () => {
  it('says where to open the console and how to trust the certificate', () => {
    const banner = formatBanner({
      consoleUrl: 'http://127.0.0.1:5173/',
      brokerUrl: 'http://127.0.0.1:8787',
      ossHttp: 'http://oss-cn-local.localhost:9000',
      ossHttps: 'https://oss-cn-local.localhost:9443',
      accelerate: 'http://<bucket>.oss-accelerate.localhost:9000',
      customDomains: { 'files.example.localhost': 'examplebucket' },
      buckets: ['examplebucket', 'public-bucket'],
      uploadBuckets: ['examplebucket'],
      minDurationSeconds: 900,
      maxDurationSeconds: 3600,
      certPath: '.data/oss-local/tls/cert.pem',
      control: false,
      faults: true,
    });
    expect(banner).toContain('Open the console   http://127.0.0.1:5173/');
    expect(banner).toContain('http://127.0.0.1:8787');
    expect(banner).toContain('https://oss-cn-local.localhost:9443');
    expect(banner).toContain('import .data/oss-local/tls/cert.pem');
    expect(banner).toContain('--ignore-certificate-errors');
    expect(banner).toContain('Faults             ACTIVE');
    expect(banner).toContain('Ctrl-C');
    expect(banner).toContain('Upload             allowed on examplebucket; read-only: public-bucket');
  });

  it('says when upload is off', () => {
    const banner = formatBanner({
      brokerUrl: 'http://127.0.0.1:8787',
      ossHttp: 'http://oss-cn-local.localhost:9000',
      ossHttps: 'https://oss-cn-local.localhost:9443',
      accelerate: 'http://<bucket>.oss-accelerate.localhost:9000',
      customDomains: {},
      buckets: ['examplebucket'],
      uploadBuckets: [],
      minDurationSeconds: 900,
      maxDurationSeconds: 3600,
      control: false,
      faults: false,
    });
    expect(banner).toContain('Upload             off (--read-only)');
  });
});

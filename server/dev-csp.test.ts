import { describe, expect, it } from 'vitest';
import { buildConsoleCsp, localOssOrigins } from './dev-csp';

describe('buildConsoleCsp', () => {
  const csp = buildConsoleCsp({
    brokerOrigin: 'http://127.0.0.1:8787',
    ossOrigins: localOssOrigins(9000, 9443),
  });
  const directive = (name: string) =>
    csp
      .split('; ')
      .find((d) => d.startsWith(`${name} `))
      ?.slice(name.length + 1);

  it('locks everything to self by default', () => {
    expect(directive('default-src')).toBe("'self'");
    expect(directive('script-src')).toBe("'self' 'wasm-unsafe-eval'");
    expect(directive('style-src')).toBe("'self' 'unsafe-inline'");
    expect(directive('object-src')).toBe("'none'");
    expect(directive('base-uri')).toBe("'none'");
    expect(directive('form-action')).toBe("'none'");
    expect(directive('frame-ancestors')).toBe("'none'");
  });

  it('lets the console reach the broker and OSS, and preview OSS objects', () => {
    expect(directive('connect-src')).toBe(
      "'self' http://127.0.0.1:8787 http://*.localhost:9000 https://*.localhost:9443",
    );
    expect(directive('img-src')).toBe("'self' data: blob: http://*.localhost:9000 https://*.localhost:9443");
    expect(directive('media-src')).toBe(directive('img-src'));
    expect(directive('frame-src')).toBe('http://*.localhost:9000 https://*.localhost:9443');
  });

  it('never allows inline or eval scripts', () => {
    expect(directive('script-src')).not.toContain('unsafe-inline');
    expect(directive('script-src')).not.toContain("'unsafe-eval'");
  });

  it('refuses a source that could inject another directive', () => {
    expect(() =>
      buildConsoleCsp({ brokerOrigin: "http://x; script-src 'unsafe-inline'", ossOrigins: [] }),
    ).toThrow(/Not a CSP origin/);
    expect(() =>
      buildConsoleCsp({ brokerOrigin: 'http://127.0.0.1:8787', ossOrigins: ['https://a.com/path'] }),
    ).toThrow();
  });

  it('works for a production host', () => {
    const prod = buildConsoleCsp({
      brokerOrigin: 'https://broker.example.com',
      ossOrigins: ['https://*.aliyuncs.com', 'https://files.example.com'],
    });
    expect(prod).toContain(
      "connect-src 'self' https://broker.example.com https://*.aliyuncs.com https://files.example.com",
    );
  });
});

import { describe, expect, it } from 'vitest';
import { settingsChecks, toConnectionSettings, toFormValues } from './settings-form';

const base = toFormValues(
  {
    brokerUrl: '',
    brokerAuth: 'none',
    region: '',
    bucket: '',
    endpoint: '',
    httpsEndpoint: '',
    accelerateEndpoint: '',
    customDomains: [],
    accelerate: false,
  },
  '',
  'en-US',
);

describe('settings form', () => {
  it('accepts empty overrides (the broker’s values apply)', () => {
    expect(settingsChecks.brokerUrl('')).toBeUndefined();
    expect(settingsChecks.region('')).toBeUndefined();
    expect(settingsChecks.bucket('')).toBeUndefined();
    expect(settingsChecks.endpoint('')).toBeUndefined();
  });
  it('names the problem and the fix of a bad custom domain', () => {
    expect(settingsChecks.customDomain('https://files.example.com/a')).toMatch(
      /contains a path.*Type just the host name/,
    );
    expect(settingsChecks.customDomain('files')).toMatch(/not a fully qualified host name/);
    expect(settingsChecks.customDomain('')).toMatch(/is empty/);
    expect(settingsChecks.customDomain('files.example.com')).toBeUndefined();
  });
  it('refuses bad broker URLs, regions, buckets and endpoints', () => {
    expect(settingsChecks.brokerUrl('broker.example.com')).toBe('invalid');
    expect(settingsChecks.brokerUrl('https://broker.example.com/base')).toBeUndefined();
    expect(settingsChecks.region('cn hangzhou')).toMatch(/region/);
    expect(settingsChecks.bucket('Bad_Bucket')).toMatch(/bucket name/);
    expect(settingsChecks.endpoint('oss-cn-local.localhost:9000')).toBeUndefined();
    expect(settingsChecks.endpoint('oss.example.com:99999')).toMatch(/invalid port/);
  });
  it('normalizes what is saved and never saves the token', () => {
    const saved = toConnectionSettings({
      ...base,
      brokerUrl: ' https://broker.example.com/ ',
      brokerAuth: 'bearer',
      token: 'secret-token',
      region: 'oss-cn-hangzhou',
      endpoint: 'HTTP://OSS.Example.com:8080/',
      customDomains: ['Files.Example.com', 'files.example.com', 'https://cdn.example.com/'],
    });
    expect(saved).toEqual({
      brokerUrl: 'https://broker.example.com',
      brokerAuth: 'bearer',
      region: 'cn-hangzhou',
      bucket: '',
      endpoint: 'oss.example.com:8080',
      httpsEndpoint: '',
      accelerateEndpoint: '',
      customDomains: ['files.example.com', 'cdn.example.com'],
      accelerate: false,
    });
    expect(JSON.stringify(saved)).not.toContain('secret-token');
  });
});

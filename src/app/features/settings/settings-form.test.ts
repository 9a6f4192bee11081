import { describe, expect, it } from 'vitest';
import { hostProblemText } from './host-problem';
import type { CoreProblem } from '../../../core/errors/core-problem';
import { FACTORY_CONNECTION } from '../../../state/settings-store';
import { settingsChecks, toConnectionSettings, toFormValues } from './settings-form';

const inEnglish = (problem: CoreProblem | undefined) =>
  problem === undefined ? undefined : hostProblemText('en-US', problem);

const base = toFormValues(FACTORY_CONNECTION, '', 'en-US');

describe('settings form', () => {
  it('accepts empty overrides (the broker’s values apply)', () => {
    expect(settingsChecks.brokerUrl('')).toBeUndefined();
    expect(settingsChecks.region('')).toBeUndefined();
    expect(settingsChecks.bucket('')).toBeUndefined();
    expect(settingsChecks.endpoint('')).toBeUndefined();
  });
  it('names the problem and the fix of a bad custom domain', () => {
    expect(settingsChecks.customDomain('https://files.example.com/a')).toMatchObject({ reason: 'path' });
    expect(inEnglish(settingsChecks.customDomain('https://files.example.com/a'))).toMatch(
      /contains a path.*Type just the host name/,
    );
    expect(inEnglish(settingsChecks.customDomain('files'))).toMatch(/not a fully qualified host name/);
    expect(inEnglish(settingsChecks.customDomain(''))).toMatch(/is empty/);
    expect(settingsChecks.customDomain('files.example.com')).toBeUndefined();
  });
  it('refuses bad broker URLs, regions, buckets and endpoints', () => {
    expect(settingsChecks.brokerUrl('broker.example.com')).toBe('invalid');
    expect(settingsChecks.brokerUrl('https://broker.example.com/base')).toBeUndefined();
    expect(settingsChecks.region('cn hangzhou')).toMatch(/region/);
    expect(settingsChecks.bucket('Bad_Bucket')).toMatch(/bucket name/);
    expect(settingsChecks.endpoint('oss-cn-local.localhost:9000')).toBeUndefined();
    expect(inEnglish(settingsChecks.endpoint('oss.example.com:99999'))).toMatch(/invalid port/);
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

describe('host problems in the operator’s language', () => {
  const cases: [string, 'domain' | 'endpoint', RegExp, RegExp][] = [
    ['https://files.example.com/a', 'domain', /contains a path/, /包含路径/],
    ['', 'domain', /is empty/, /为空/],
    ['files', 'domain', /not a fully qualified/, /不是完整的主机名/],
    ['10.0.0.1', 'domain', /is an IP address/, /是 IP 地址/],
    ['bad_label.example.com', 'domain', /invalid part “bad_label”/, /无效的部分“bad_label”/],
    ['oss.example.com:99999', 'endpoint', /invalid port/, /端口无效/],
  ];
  it.each(cases)('%s', (input, what, en, zh) => {
    const problem = (what === 'domain' ? settingsChecks.customDomain : settingsChecks.endpoint)(input)!;
    const say = (language: 'en-US' | 'zh-CN') => hostProblemText(language, problem);
    expect(say('en-US')).toMatch(en);
    expect(say('zh-CN')).toMatch(zh);
    expect(say('zh-CN')).toContain(input);
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

async function loadStore(stored?: unknown) {
  vi.resetModules();
  const storage = memoryStorage(
    stored === undefined
      ? {}
      : { 'oss-link-console.settings.v1': JSON.stringify({ state: stored, version: 1 }) },
  );
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('navigator', { languages: ['zh-CN'], language: 'zh-CN' });
  const mod = await import('./settings-store');
  return { mod };
}

describe('settings store', () => {
  beforeEach(() => vi.unstubAllGlobals());

  it('defaults the language to the browser’s and links to 1 h, HTTPS, attachment, V4', async () => {
    const { mod } = await loadStore();
    expect(mod.getSettingsSnapshot().language).toBe('zh-CN');
    expect(mod.getSettingsSnapshot().linkDefaults).toEqual({
      validitySeconds: 3600,
      secure: true,
      domain: { kind: 'default' },
      disposition: 'attachment',
      version: 'v4',
    });
  });

  it('keeps good stored fields and replaces bad ones with defaults', async () => {
    const { mod } = await loadStore({
      language: 'klingon',
      connection: { brokerUrl: 'https://broker.example.com', brokerAuth: 'bearer', region: 42 },
      linkDefaults: {
        validitySeconds: 999999,
        secure: false,
        domain: { kind: 'custom', host: 'files.example.com' },
      },
    });
    const s = mod.getSettingsSnapshot();
    expect(s.language).toBe('zh-CN');
    expect(s.connection.brokerUrl).toBe('https://broker.example.com');
    expect(s.connection.brokerAuth).toBe('bearer');
    expect(s.connection.region).toBe('');
    expect(s.linkDefaults.validitySeconds).toBe(3600);
    expect(s.linkDefaults.secure).toBe(false);
    expect(s.linkDefaults.domain).toEqual({ kind: 'custom', host: 'files.example.com' });
  });
});

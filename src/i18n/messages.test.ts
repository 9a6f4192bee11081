import { describe, expect, it } from 'vitest';
import { browserLanguage, loadedDictionary, loadLanguage, translate, type Language } from './messages';

const messages = {
  'en-US': loadedDictionary('en-US')!,
  'zh-CN': loadedDictionary('zh-CN')!,
} satisfies Record<Language, object>;

describe('messages', () => {
  it('has every en-US key in zh-CN, none empty', () => {
    const en = Object.keys(messages['en-US']).sort();
    expect(Object.keys(messages['zh-CN']).sort()).toEqual(en);
    for (const lang of ['en-US', 'zh-CN'] as const) {
      for (const [k, v] of Object.entries(messages[lang])) expect(v.trim(), `${lang} ${k}`).not.toBe('');
    }
  });
  it('keeps the same placeholders in both languages', () => {
    // `{count}` and `{count, plural, …}` both use the variable count
    const holes = (s: string) => [...s.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]).sort();
    for (const [k, v] of Object.entries(messages['en-US'])) {
      expect(holes((messages['zh-CN'] as Record<string, string>)[k]!), k).toEqual(holes(v));
    }
  });
  it('calls the broker by one word in each language (zh-CN: 凭证服务; the English word only as a gloss)', () => {
    for (const [k, v] of Object.entries(messages['zh-CN'])) {
      const text = v.replace(/https?:\/\/\S+|BROKER_\w+|（broker）/g, '');
      expect(text, k).not.toMatch(/broker|代理/i);
    }
    for (const [k, v] of Object.entries(messages['en-US']))
      expect(v, k).not.toMatch(/\bproxy\b|STS service/i);
  });
  it('picks plural forms by the language’s rules', () => {
    expect(translate('en-US', 'browse.loadedAll', { count: 1 })).toBe('1 item');
    expect(translate('en-US', 'browse.loadedAll', { count: 100_000 })).toBe('100,000 items');
    expect(translate('en-US', 'export.resign.count', { count: 1 })).toBe('1 key to sign');
    expect(translate('en-US', 'browse.selection.folders', { count: 1 })).toBe(
      '1 folder with everything in it',
    );
    expect(translate('zh-CN', 'browse.loadedAll', { count: 1 })).toBe('共 1 项');
  });
  it('loads a language once, as one chunk, and refuses to translate one that is not loaded', async () => {
    expect(await loadLanguage('zh-CN')).toBe(messages['zh-CN']);
    expect(await loadLanguage('en-US')).toBe(await loadLanguage('en-US'));
    expect(() => translate('fr-FR' as Language, 'common.retry')).toThrow(
      /not loaded: call loadLanguage first/,
    );
  });
  it('interpolates and picks the browser language', () => {
    expect(translate('en-US', 'common.requestId', { id: 'abc' })).toBe('Request ID: abc');
    expect(browserLanguage(['zh-TW', 'en'])).toBe('zh-CN');
    expect(browserLanguage(['fr-FR', 'en-GB'])).toBe('en-US');
    expect(browserLanguage([])).toBe('en-US');
  });
});

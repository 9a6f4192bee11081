import { describe, expect, it } from 'vitest';
import { browserLanguage, messages, translate } from './messages';

describe('messages', () => {
  it('has every en-US key in zh-CN, none empty', () => {
    const en = Object.keys(messages['en-US']).sort();
    expect(Object.keys(messages['zh-CN']).sort()).toEqual(en);
    for (const lang of ['en-US', 'zh-CN'] as const) {
      for (const [k, v] of Object.entries(messages[lang])) expect(v.trim(), `${lang} ${k}`).not.toBe('');
    }
  });
  it('keeps the same placeholders in both languages', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [k, v] of Object.entries(messages['en-US'])) {
      expect(holes((messages['zh-CN'] as Record<string, string>)[k]!), k).toEqual(holes(v));
    }
  });
  it('interpolates and picks the browser language', () => {
    expect(translate('en-US', 'common.requestId', { id: 'abc' })).toBe('Request ID: abc');
    expect(browserLanguage(['zh-TW', 'en'])).toBe('zh-CN');
    expect(browserLanguage(['fr-FR', 'en-GB'])).toBe('en-US');
    expect(browserLanguage([])).toBe('en-US');
  });
});

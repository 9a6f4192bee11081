import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasHiddenCharacters, visibleKeyParts, visibleKeyText, type VisibleKeyPart } from './visible-key';

const joined = (parts: VisibleKeyPart[]) => parts.map((p) => (p.kind === 'text' ? p.text : p.char)).join('');

/** Every bidi control and zero-width character the console must never render as is. */
const HIDDEN = [
  '\u061c',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\t',
  '\r',
  '\n',
  '\u0000',
  '\u007f',
  '\u0085',
];
const RENDERS_HIDDEN =
  // eslint-disable-next-line no-control-regex -- the characters under test
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u00ad]/;

describe('visibleKeyParts', () => {
  it('shows a right-to-left override as a marker, so "\\u202Egnp.exe" cannot pass for "exe.png"', () => {
    expect(visibleKeyParts('\u202egnp.exe')).toEqual([
      { kind: 'marker', char: '\u202e', codePoint: 0x202e, label: 'RLO', code: 'U+202E' },
      { kind: 'text', text: 'gnp.exe' },
    ]);
    expect(visibleKeyText('photo\u202egnp.exe')).toBe('photo⟦RLO U+202E⟧gnp.exe');
    expect(visibleKeyText('a\u200bb\tc\u0007')).toBe('a⟦ZWSP U+200B⟧b⟦TAB U+0009⟧c⟦U+0007⟧');
    expect(hasHiddenCharacters('invoice\u200d.pdf')).toBe(true);
  });

  it('leaves ordinary keys alone: one text part, emoji sequences and flags included', () => {
    for (const key of [
      'a.txt',
      '中文 报告.pdf',
      'عربي.txt',
      '👨‍👩‍👧 family.png',
      '🏴󠁧󠁢󠁳󠁣󠁴󠁿 flag',
      '👍🏽‍❤️ x',
      '❤️.txt',
    ]) {
      expect(visibleKeyParts(key), key).toEqual([{ kind: 'text', text: key }]);
      expect(hasHiddenCharacters(key)).toBe(false);
    }
    expect(visibleKeyParts('')).toEqual([]);
    // a ZWJ that joins no emoji is hidden
    expect(visibleKeyParts('a\u200db').map((p) => p.kind)).toEqual(['text', 'marker', 'text']);
  });

  it('loses nothing and renders no hidden character, for any key (property)', () => {
    const key = fc
      .array(
        fc.oneof(
          fc.constantFrom(...HIDDEN),
          fc.string({ unit: 'grapheme', maxLength: 4 }),
          fc.string({ unit: 'binary', maxLength: 4 }),
        ),
        { maxLength: 10 },
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(key, (k) => {
        const parts = visibleKeyParts(k);
        expect(joined(parts)).toBe(k);
        for (const p of parts) {
          if (p.kind === 'text') {
            expect(p.text).not.toBe('');
            expect(p.text.replace(/\u200d/g, '')).not.toMatch(RENDERS_HIDDEN);
          } else expect(Array.from(p.char)).toHaveLength(1);
        }
        // no two text parts in a row: each marker sits between what it separated
        for (let i = 1; i < parts.length; i++)
          expect(parts[i - 1]!.kind === 'text' && parts[i]!.kind === 'text').toBe(false);
        expect(visibleKeyText(k).replace(/\u200d/g, '')).not.toMatch(RENDERS_HIDDEN);
      }),
      { numRuns: 3000 },
    );
  });

  it('marks every bidi control and zero-width character', () => {
    for (const ch of HIDDEN)
      expect(visibleKeyParts(`a${ch}b`)[1], JSON.stringify(ch)).toMatchObject({ char: ch });
  });
});

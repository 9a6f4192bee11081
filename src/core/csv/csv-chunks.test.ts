import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  addFormulaGuard,
  csvCell,
  getCsvHeader,
  getCsvRows,
  GUARDED_START,
  removeFormulaGuard,
  UTF8_BOM,
} from './csv-chunks';

const cols = ['key', 'url', 'size'] as const;

describe('CSV chunks', () => {
  it('starts with a BOM and a header row', () => {
    expect(getCsvHeader(cols)).toBe(`${UTF8_BOM}key,url,size\r\n`);
    expect(getCsvHeader(cols, false)).toBe('key,url,size\r\n');
  });
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(getCsvRows(cols, [{ key: 'a,"b"\nc', url: 'u', size: 3 }])).toBe('"a,""b""\nc",u,3\r\n');
  });
  it('neutralizes formula triggers = + - @ tab CR, also with a line break inside', () => {
    const keys = ['=HYPERLINK("http://evil")', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=1\n+2'];
    const out = getCsvRows(
      cols,
      keys.map((key) => ({ key, url: 'u', size: 1 })),
    );
    const parsed = Papa.parse<string[]>(out.trimEnd(), { newline: '\r\n' }).data;
    expect(parsed.map((r) => r[0])).toEqual(keys.map((k) => `'${k}`));
    expect(getCsvRows(cols, [{ key: 'ok', url: 'u', size: -5 }])).toBe('ok,u,-5\r\n');
  });
  it('guards a leading apostrophe too, so reading strips exactly one: a key "\'=x" survives', () => {
    const keys = ["'=x", "'plain", "''", "'", "it's", '=1'];
    const out = getCsvRows(
      cols,
      keys.map((key) => ({ key, url: 'u', size: 1 })),
    );
    const cells = Papa.parse<string[]>(out.trimEnd(), { newline: '\r\n' }).data.map((r) => r[0]!);
    expect(cells).toEqual(["''=x", "''plain", "'''", "''", "it's", "'=1"]);
    expect(cells.map(removeFormulaGuard)).toEqual(keys);
    // what a spreadsheet shows is still never a formula
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
  it('guard then unguard is the identity, for every string (property)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ') }),
    );
    fc.assert(
      fc.property(text, (v) => {
        expect(removeFormulaGuard(addFormulaGuard(v))).toBe(v);
        // and the guarded cell never starts a formula
        expect(addFormulaGuard(v)).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 5000 },
    );
  });
  it('round-trips any text (after removing the guard quote)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), (keys) => {
        const records = keys.map((key) => ({ key, url: 'https://x/y?a=1&b=2', size: 0 }));
        const text = getCsvHeader(cols, false) + getCsvRows(cols, records);
        const parsed = Papa.parse<Record<string, string>>(text, {
          header: true,
          newline: '\r\n',
          skipEmptyLines: false,
        }).data;
        expect(parsed.slice(0, keys.length).map((r) => removeFormulaGuard(r.key!))).toEqual(keys);
      }),
    );
  });
});

describe('csvCell / getCsvRows', () => {
  const papa = (cells: Array<string | number>) =>
    `${Papa.unparse([cells], { header: false, newline: '\r\n', escapeFormulae: GUARDED_START, quotes: false })}\r\n`;

  it('writes exactly what papaparse writes, for any text and numbers', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({
        unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ' ', '"', ',', '\uFEFF', 'a', "'"),
      }),
      fc.integer(),
    );
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), (cells) => {
        const columns = cells.map((_, i) => `c${i}`);
        const record = Object.fromEntries(cells.map((c, i) => [`c${i}`, c]));
        expect(getCsvRows(columns, [record])).toBe(papa(cells));
        expect(cells.map(csvCell).join(',') + '\r\n').toBe(papa(cells));
      }),
      { numRuns: 2000 },
    );
    for (const c of ['', ' ', 'a ', ' a', '=', '"', '\uFEFF', '-1', -1, 0, 'x\r', '\r'])
      expect(csvCell(c) + '\r\n').toBe(papa([c]));
  });
});

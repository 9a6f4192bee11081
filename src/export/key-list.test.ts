import { describe, expect, it } from 'vitest';
import { getCsvHeader, getCsvRows } from '../core/csv/csv-chunks';
import { parseKeyList } from './key-list';

describe('parseKeyList', () => {
  it('reads the key column of a previous export, undoing the BOM and the formula guard', () => {
    const keys = ['=HYPERLINK("http://evil")', 'a,b "c".txt', '中文.txt', "'plain"];
    const csv =
      getCsvHeader(['url', 'key']) +
      getCsvRows(
        ['url', 'key'],
        keys.map((key) => ({ key, url: 'u' })),
      );
    expect(parseKeyList(csv)).toEqual(keys);
  });
  it('reads pasted keys one per line, skipping blanks, folders and repeats', () => {
    expect(parseKeyList('a.txt\r\n\nb/c.txt\nfolder/\na.txt\n')).toEqual(['a.txt', 'b/c.txt']);
  });
});

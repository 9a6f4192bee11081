import { describe, expect, it } from 'vitest';
import { getCsvHeader, getCsvRows } from '../core/csv/csv-chunks';
import { readResignList } from './key-list';

const bucket = {
  name: 'examplebucket',
  endpoint: { region: 'cn-hangzhou' },
  customDomains: ['files.example.com', 'https://cdn.example.com:8443/'],
};

describe('readResignList', () => {
  it('reads the key column of a previous export, undoing the BOM and the formula guard', () => {
    const keys = ['=HYPERLINK("http://evil")', 'a,b "c".txt', '中文.txt', "'plain", "'=x"];
    const csv =
      getCsvHeader(['url', 'key']) +
      getCsvRows(
        ['url', 'key'],
        keys.map((key) => ({ key, url: 'u' })),
      );
    expect(readResignList(csv, bucket).keys).toEqual(keys);
  });
  it('reads pasted keys one per line, skipping blanks, folders and repeats', () => {
    expect(readResignList('a.txt\r\n\nb/c.txt\nfolder/\na.txt\n', bucket)).toMatchObject({
      keys: ['a.txt', 'b/c.txt'],
      repeats: 1,
      folders: 1,
    });
  });
  it('knows the bucket by its default, accelerate and custom-domain hosts, and names another bucket', () => {
    const text = [
      'https://examplebucket.oss-cn-hangzhou.aliyuncs.com/a.txt?Expires=1',
      'https://examplebucket.oss-accelerate.aliyuncs.com/b.txt?x-oss-signature=1',
      'https://files.example.com/c.txt?Expires=1',
      'https://cdn.example.com:8443/d.txt?Expires=1',
      'https://examplebucket.oss-cn-shanghai-internal.aliyuncs.com/e.txt',
      'https://otherbucket.oss-cn-hangzhou.aliyuncs.com/f.txt?Expires=1',
    ].join('\n');
    expect(readResignList(text, bucket)).toMatchObject({
      keys: ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'],
      problems: [{ line: 6, problem: 'other-bucket', bucket: 'otherbucket' }],
    });
  });
});

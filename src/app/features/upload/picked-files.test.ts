import { describe, expect, it } from 'vitest';
import { filesFromEntries, filesFromInput, type DropEntry } from './picked-files';

const fileEntry = (name: string): DropEntry => ({
  isFile: true,
  isDirectory: false,
  name,
  file: (ok) => ok(new File([name], name)),
});

/** A folder whose reader hands out entries in batches of two, like Chromium's batches of 100. */
const folder = (name: string, children: DropEntry[]): DropEntry => ({
  isFile: false,
  isDirectory: true,
  name,
  createReader: () => {
    let at = 0;
    return {
      readEntries: (ok) => {
        const batch = children.slice(at, at + 2);
        at += batch.length;
        setTimeout(() => ok(batch), 0);
      },
    };
  },
});

describe('filesFromEntries', () => {
  it('walks dropped folders recursively, reading every batch, and keeps the paths', async () => {
    const dropped = [
      fileEntry('top.txt'),
      folder('资料', [
        fileEntry('a.txt'),
        fileEntry('b.txt'),
        fileEntry('c.txt'),
        folder('深 层', [fileEntry('d.txt')]),
        folder('empty', []),
      ]),
    ];
    const files = await filesFromEntries(dropped);
    expect(files.map((f) => f.relativePath)).toEqual([
      'top.txt',
      '资料/a.txt',
      '资料/b.txt',
      '资料/c.txt',
      '资料/深 层/d.txt',
    ]);
    expect(await files[4]!.body.text()).toBe('d.txt');
  });

  it('takes plain files where the entries API is missing', async () => {
    const files = await filesFromEntries([new File(['x'], 'x.bin')]);
    expect(files.map((f) => f.relativePath)).toEqual(['x.bin']);
  });
});

describe('filesFromInput', () => {
  it('uses the folder picker’s relative path when there is one', () => {
    const inFolder = new File(['1'], 'a.txt');
    Object.defineProperty(inFolder, 'webkitRelativePath', { value: 'pics/2024/a.txt' });
    expect(filesFromInput([inFolder, new File(['2'], 'b.txt')]).map((f) => f.relativePath)).toEqual([
      'pics/2024/a.txt',
      'b.txt',
    ]);
  });
});

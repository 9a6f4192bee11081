import { describe, expect, it } from 'vitest';
import {
  coveringPrefix,
  EMPTY_SELECTION,
  getBucketSelection,
  isEntrySelected,
  selectionActions,
  selectionSize,
  withEntriesDeselected,
  withEntriesSelected,
} from './selection-store';

const obj = (key: string) => ({ kind: 'object' as const, key });
const folder = (key: string) => ({ kind: 'folder' as const, key });

describe('selection', () => {
  it('keeps a selected folder as one prefix that covers everything under it', () => {
    const s = withEntriesSelected(EMPTY_SELECTION, [folder('photos/')]);
    expect([...s.prefixes]).toEqual(['photos/']);
    expect(s.keys.size).toBe(0);
    expect(isEntrySelected(s, obj('photos/2024/sky.jpg'))).toBe(true);
    expect(isEntrySelected(s, folder('photos/2024/'))).toBe(true);
    expect(isEntrySelected(s, obj('photos-other.txt'))).toBe(false);
    expect(coveringPrefix(s, 'photos/2024/sky.jpg')).toBe('photos/');
    expect(coveringPrefix(s, 'photos/')).toBeUndefined();
  });

  it('folds what was selected inside a folder into the folder', () => {
    let s = withEntriesSelected(EMPTY_SELECTION, [obj('a/x.txt'), obj('b.txt'), folder('a/deep/')]);
    s = withEntriesSelected(s, [folder('a/')]);
    expect([...s.keys]).toEqual(['b.txt']);
    expect([...s.prefixes]).toEqual(['a/']);
    // selecting something already covered changes nothing
    expect(withEntriesSelected(s, [obj('a/y.txt')])).toEqual(s);
    expect(selectionSize(s)).toEqual({ objects: 1, folders: 1 });
  });

  it('keeps tricky keys exactly', () => {
    const keys = ['tricky/a b.txt', 'tricky/a+b.txt', 'tricky/100%.txt', 'tricky/#hash.txt', 'tricky/😀.txt'];
    const s = withEntriesSelected(EMPTY_SELECTION, keys.map(obj));
    expect([...s.keys]).toEqual(keys);
    expect([...withEntriesDeselected(s, [obj('tricky/a+b.txt')]).keys]).not.toContain('tricky/a+b.txt');
  });

  it('stores a selection per bucket with actions named as events', () => {
    const actions = selectionActions();
    actions.entriesSelected('b1', [obj('x'), folder('f/')]);
    actions.entriesSelected('b2', [obj('y')]);
    actions.entriesDeselected('b1', [obj('x')]);
    expect([...getBucketSelection('b1').keys]).toEqual([]);
    expect([...getBucketSelection('b1').prefixes]).toEqual(['f/']);
    expect([...getBucketSelection('b2').keys]).toEqual(['y']);
    actions.selectionCleared('b1');
    expect(getBucketSelection('b1')).toBe(EMPTY_SELECTION);
    expect([...getBucketSelection('b2').keys]).toEqual(['y']);
  });
});

import { describe, expect, it } from 'vitest';
import { CHECKPOINTS_STORAGE_KEY, createCheckpointStore, sameFile } from './checkpoint-store';

function memoryStorage(initial?: string) {
  const map = new Map<string, string>(initial === undefined ? [] : [[CHECKPOINTS_STORAGE_KEY, initial]]);
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    raw: () => map.get(CHECKPOINTS_STORAGE_KEY),
  };
}

const entry = (key: string) => ({
  scope: 'http://b.localhost|b',
  key,
  contentType: 'application/octet-stream',
  file: { name: 'big.bin', size: 3_000_000, lastModified: 1 },
  checkpoint: {
    uploadId: 'U1',
    name: key,
    fileSize: 3_000_000,
    partSize: 1_048_576,
    doneParts: [{ number: 1, etag: '"A"' }],
  },
});

describe('checkpoint store', () => {
  it('saves, replaces, finds and removes per scope and key', () => {
    const storage = memoryStorage();
    const store = createCheckpointStore(storage, () => 1000);
    store.save(entry('a'));
    store.save({ ...entry('a'), checkpoint: { ...entry('a').checkpoint, doneParts: [] } });
    store.save(entry('b'));
    expect(store.list('http://b.localhost|b').map((e) => [e.key, e.checkpoint.doneParts.length])).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
    expect(store.list('other')).toEqual([]);
    store.remove('http://b.localhost|b', 'a');
    expect(store.find('http://b.localhost|b', 'a')).toBeUndefined();
    expect(store.find('http://b.localhost|b', 'b')?.savedAt).toBe(1000);
  });

  it('drops malformed and week-old entries, keeps the rest', () => {
    const good = { ...entry('ok'), savedAt: 10 * 24 * 3600_000 };
    const old = { ...entry('old'), savedAt: 0 };
    const storage = memoryStorage(JSON.stringify([good, old, { key: 'x' }, 42]));
    const store = createCheckpointStore(storage, () => 11 * 24 * 3600_000);
    expect(store.list(good.scope).map((e) => e.key)).toEqual(['ok']);
    expect(createCheckpointStore(memoryStorage('not json')).list(good.scope)).toEqual([]);
  });

  it('works in memory without storage, and survives a storage that refuses writes', () => {
    const store = createCheckpointStore(undefined);
    store.save(entry('m'));
    expect(store.find(entry('m').scope, 'm')?.key).toBe('m');
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => createCheckpointStore(full).save(entry('x'))).not.toThrow();
  });

  it('recognizes the same file by name, size and modification time', () => {
    const f = { name: 'a', size: 1, lastModified: 2 };
    expect(sameFile(f, { ...f })).toBe(true);
    expect(sameFile(f, { ...f, lastModified: 3 })).toBe(false);
  });
});

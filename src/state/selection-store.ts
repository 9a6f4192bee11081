// What the operator has selected, per bucket: object keys, and whole folders kept as prefixes (never
// expanded into their keys: a folder of a million objects is one entry; export lists it when it runs).
// Client state only: no listing data lives here.
import { create } from 'zustand';

export interface BucketSelection {
  keys: ReadonlySet<string>;
  /** folders selected with everything under them, each ending in `/` */
  prefixes: ReadonlySet<string>;
}

/** A row the operator can select: an object (its key) or a folder (its prefix, ending in `/`). */
export interface SelectionEntry {
  kind: 'object' | 'folder';
  key: string;
}

export const EMPTY_SELECTION: BucketSelection = { keys: new Set(), prefixes: new Set() };

/** The selected folder that covers `key` (itself excluded), if any: `a/` covers `a/b.txt` and `a/c/`. */
export function coveringPrefix(selection: BucketSelection, key: string): string | undefined {
  if (selection.prefixes.size === 0) return undefined;
  for (
    let slash = key.indexOf('/');
    slash !== -1 && slash < key.length - 1;
    slash = key.indexOf('/', slash + 1)
  ) {
    const prefix = key.slice(0, slash + 1);
    if (selection.prefixes.has(prefix)) return prefix;
  }
  return undefined;
}

/** Whether a row shows as selected: chosen itself, or inside a selected folder. */
export function isEntrySelected(selection: BucketSelection, entry: SelectionEntry): boolean {
  const own = entry.kind === 'folder' ? selection.prefixes : selection.keys;
  return own.has(entry.key) || coveringPrefix(selection, entry.key) !== undefined;
}

export function selectionSize(selection: BucketSelection): { objects: number; folders: number } {
  return { objects: selection.keys.size, folders: selection.prefixes.size };
}

export function withEntriesSelected(
  selection: BucketSelection,
  entries: readonly SelectionEntry[],
): BucketSelection {
  const keys = new Set(selection.keys);
  const prefixes = new Set(selection.prefixes);
  for (const entry of entries) {
    if (coveringPrefix({ keys, prefixes }, entry.key) !== undefined) continue;
    if (entry.kind === 'object') {
      keys.add(entry.key);
      continue;
    }
    // A folder takes in whatever was selected under it.
    for (const k of keys) if (k.startsWith(entry.key)) keys.delete(k);
    for (const p of prefixes) if (p !== entry.key && p.startsWith(entry.key)) prefixes.delete(p);
    prefixes.add(entry.key);
  }
  return { keys, prefixes };
}

/** Unselects entries chosen themselves; an entry inside a selected folder stays with its folder. */
export function withEntriesDeselected(
  selection: BucketSelection,
  entries: readonly SelectionEntry[],
): BucketSelection {
  const keys = new Set(selection.keys);
  const prefixes = new Set(selection.prefixes);
  for (const entry of entries) (entry.kind === 'object' ? keys : prefixes).delete(entry.key);
  return { keys, prefixes };
}

interface SelectionState {
  byBucket: Readonly<Record<string, BucketSelection>>;
  actions: {
    entriesSelected(bucket: string, entries: readonly SelectionEntry[]): void;
    entriesDeselected(bucket: string, entries: readonly SelectionEntry[]): void;
    selectionCleared(bucket: string): void;
  };
}

const useSelectionStore = create<SelectionState>()((set) => {
  const update = (bucket: string, change: (s: BucketSelection) => BucketSelection) =>
    set((state) => ({
      byBucket: { ...state.byBucket, [bucket]: change(state.byBucket[bucket] ?? EMPTY_SELECTION) },
    }));
  return {
    byBucket: {},
    actions: {
      entriesSelected: (bucket, entries) => update(bucket, (s) => withEntriesSelected(s, entries)),
      entriesDeselected: (bucket, entries) => update(bucket, (s) => withEntriesDeselected(s, entries)),
      selectionCleared: (bucket) => update(bucket, () => EMPTY_SELECTION),
    },
  };
});

export const useBucketSelection = (bucket: string): BucketSelection =>
  useSelectionStore((s) => s.byBucket[bucket] ?? EMPTY_SELECTION);
export const useSelectionActions = () => useSelectionStore((s) => s.actions);
/** For non-React code (export) that reads the selection once. */
export const getBucketSelection = (bucket: string): BucketSelection =>
  useSelectionStore.getState().byBucket[bucket] ?? EMPTY_SELECTION;
/** The store's actions outside React (tests, keyboard shortcuts). */
export const selectionActions = () => useSelectionStore.getState().actions;

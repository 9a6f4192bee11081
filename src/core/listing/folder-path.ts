// Folders in OSS are key prefixes ending in `/`. These helpers turn a prefix into breadcrumb steps and
// a key into the name shown inside its folder, without decoding or trimming anything: keys may hold
// spaces, `+`, `%`, `#`, `?`, unicode and emoji, and must come back exactly.

export interface FolderCrumb {
  /** the folder's own name, without the trailing `/` */
  name: string;
  /** the full prefix of that folder, ending in `/` */
  prefix: string;
}

/** `a/b/c/` → a (a/), b (a/b/), c (a/b/c/). A prefix not ending in `/` drops its last partial part. */
export function folderCrumbs(prefix: string): FolderCrumb[] {
  const crumbs: FolderCrumb[] = [];
  let start = 0;
  for (let slash = prefix.indexOf('/'); slash !== -1; slash = prefix.indexOf('/', start)) {
    crumbs.push({ name: prefix.slice(start, slash), prefix: prefix.slice(0, slash + 1) });
    start = slash + 1;
  }
  return crumbs;
}

/** The name of `key` (an object key or a common prefix) inside `folder`. */
export function nameInFolder(key: string, folder: string): string {
  return key.startsWith(folder) ? key.slice(folder.length) : key;
}

/** True when `key` lies under the folder `prefix` (any depth). */
export function isUnderPrefix(key: string, prefix: string): boolean {
  return key.length > prefix.length && key.startsWith(prefix);
}

/** The folder holding `key`: `a/b/c.txt` → `a/b/`, `a/b/` → `a/`, `c.txt` → ``. */
export function parentFolder(key: string): string {
  const trimmed = key.endsWith('/') ? key.slice(0, -1) : key;
  const slash = trimmed.lastIndexOf('/');
  return slash === -1 ? '' : trimmed.slice(0, slash + 1);
}

/** A `folder/` marker object (what "create folder" makes): an empty folder, not a file to share. */
export function isFolderMarker(key: string): boolean {
  return key.endsWith('/');
}

// The ListObjectsV2 answer (encoding-type=url), read by one pass of indexOf over the page: no regex, no
// XML tree, no per-object substrings but the fields. Browse and export both read pages with it; export
// reads hundreds of pages a second in its workers, so the browse-only fields are read only when asked.
import { decodeListedKey, malformedListing } from './listing-errors';

export interface ObjectEntry {
  key: string;
  size: number;
  /** ms since the epoch */
  lastModified: number;
  /** without the quotes OSS puts around it */
  etag: string;
  /** Standard, IA, Archive… (details only) */
  storageClass?: string | undefined;
  /** Normal, Multipart, Appendable, Symlink (details only) */
  type?: string | undefined;
}

export interface ListPage {
  /** common prefixes (with a delimiter), each ending with the delimiter */
  folders: string[];
  objects: ObjectEntry[];
  nextContinuationToken?: string | undefined;
  isTruncated: boolean;
  /** objects + folders on this page, as OSS counts them */
  keyCount: number;
}

/** The text of the first `<name>` element in xml[from, to), or undefined. */
function field(xml: string, name: string, from = 0, to = xml.length): string | undefined {
  const open = `<${name}>`;
  const start = xml.indexOf(open, from);
  if (start < 0 || start >= to) return undefined;
  const end = xml.indexOf(`</${name}>`, start);
  return end < 0 || end > to ? undefined : xml.slice(start + open.length, end);
}

function checkRoot(xml: string): void {
  if (!xml.includes('<ListBucketResult')) throw malformedListing('not a ListBucketResult');
}

function readFolders(xml: string): string[] {
  const folders: string[] = [];
  let at = xml.indexOf('<CommonPrefixes>');
  while (at >= 0) {
    const end = xml.indexOf('</CommonPrefixes>', at);
    if (end < 0) throw malformedListing('a CommonPrefixes element is not closed');
    const prefix = field(xml, 'Prefix', at, end);
    if (prefix !== undefined && prefix !== '') folders.push(decodeListedKey(prefix));
    at = xml.indexOf('<CommonPrefixes>', end);
  }
  return folders;
}

function readObjects(xml: string, details: boolean): ObjectEntry[] {
  const objects: ObjectEntry[] = [];
  let dateText: string | undefined;
  let date = NaN;
  let at = xml.indexOf('<Contents>');
  while (at >= 0) {
    const end = xml.indexOf('</Contents>', at);
    if (end < 0) throw malformedListing('a Contents element is not closed');
    const modified = field(xml, 'LastModified', at, end) ?? '';
    if (modified !== dateText) {
      dateText = modified;
      date = Date.parse(modified);
    }
    const size = Number(field(xml, 'Size', at, end) ?? 0);
    if (!Number.isFinite(size) || size < 0) throw malformedListing('an object size is not a number');
    const etag = field(xml, 'ETag', at, end) ?? '';
    const entry: ObjectEntry = {
      key: decodeListedKey(field(xml, 'Key', at, end) ?? ''),
      size,
      lastModified: date,
      etag: etag.includes('"') || etag.includes('&') ? etag.replace(/&quot;|"/g, '') : etag,
    };
    if (details) {
      entry.storageClass = field(xml, 'StorageClass', at, end) ?? 'Standard';
      const type = field(xml, 'Type', at, end);
      if (type) entry.type = type;
    }
    objects.push(entry);
    at = xml.indexOf('<Contents>', end);
  }
  return objects;
}

/**
 * A page's objects and folders. A page's objects often share one Last-Modified: each distinct date
 * string is parsed once. `details` adds storage class and object type (the browse table's columns).
 */
export function parseListObjectsV2(xml: string, options: { details?: boolean } = {}): ListPage {
  checkRoot(xml);
  const objects = readObjects(xml, options.details ?? false);
  const folders = xml.includes('<CommonPrefixes>') ? readFolders(xml) : [];
  const truncated = field(xml, 'IsTruncated') === 'true';
  // the token is opaque and sent back as is (encoding-type does not apply to it)
  const next = field(xml, 'NextContinuationToken');
  const keyCount = Number(field(xml, 'KeyCount'));
  return {
    folders,
    objects,
    ...(truncated && next ? { nextContinuationToken: next } : {}),
    isTruncated: truncated && next !== undefined && next !== '',
    keyCount: Number.isInteger(keyCount) ? keyCount : folders.length + objects.length,
  };
}

/**
 * Where the next page starts, without reading the objects: the continuation token and the page's last
 * key (folder markers included). A few indexOf on the answer; the listing worker sends the next request
 * as soon as it has these.
 */
export function readListingCursor(xml: string): {
  nextContinuationToken: string | undefined;
  lastKey: string | undefined;
} {
  checkRoot(xml);
  const truncated = field(xml, 'IsTruncated') === 'true';
  const next = field(xml, 'NextContinuationToken');
  return { nextContinuationToken: truncated && next ? next : undefined, lastKey: lastContentsKey(xml) };
}

/** The page's last object key (folder markers included), decoded; undefined when it has none. */
function lastContentsKey(xml: string): string | undefined {
  const at = xml.lastIndexOf('<Contents>');
  const key = at < 0 ? undefined : field(xml, 'Key', at);
  return key === undefined ? undefined : decodeListedKey(key);
}

/**
 * Where a marker-paged listing (COS GET Bucket) goes on: after NextMarker (url-encoded like the keys), or,
 * when a truncated answer names none, after the page's last key or folder, whichever sorts later.
 */
function nextMarkerOf(
  xml: string,
  lastKey: string | undefined,
  lastFolder: string | undefined,
): string | undefined {
  if (field(xml, 'IsTruncated') !== 'true') return undefined;
  const nextMarker = field(xml, 'NextMarker');
  if (nextMarker) return decodeListedKey(nextMarker);
  const next =
    lastFolder !== undefined && (lastKey === undefined || lastFolder > lastKey) ? lastFolder : lastKey;
  if (next === undefined) throw malformedListing('a truncated page names no next marker and has no keys');
  return next;
}

/**
 * A page of a marker-paged listing, COS's GET Bucket (List Objects, encoding-type=url): the same
 * Contents and CommonPrefixes as ListObjectsV2; the next page starts at nextMarkerOf. The cursor is
 * returned as `nextContinuationToken`, to be sent back as the marker.
 */
export function parseListBucketByMarker(xml: string, options: { details?: boolean } = {}): ListPage {
  checkRoot(xml);
  const objects = readObjects(xml, options.details ?? false);
  const folders = xml.includes('<CommonPrefixes>') ? readFolders(xml) : [];
  const next = nextMarkerOf(xml, objects[objects.length - 1]?.key, folders[folders.length - 1]);
  return {
    folders,
    objects,
    ...(next === undefined ? {} : { nextContinuationToken: next }),
    isTruncated: next !== undefined,
    keyCount: folders.length + objects.length,
  };
}

/** readListingCursor for a marker-paged listing (COS): the next marker and the page's last key. */
export function readMarkerCursor(xml: string): {
  nextContinuationToken: string | undefined;
  lastKey: string | undefined;
} {
  checkRoot(xml);
  const lastKey = lastContentsKey(xml);
  const at = xml.lastIndexOf('<CommonPrefixes>');
  const folder = at < 0 ? undefined : field(xml, 'Prefix', at);
  const lastFolder = folder === undefined || folder === '' ? undefined : decodeListedKey(folder);
  return { nextContinuationToken: nextMarkerOf(xml, lastKey, lastFolder), lastKey };
}

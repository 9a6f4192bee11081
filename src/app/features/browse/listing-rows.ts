// The loaded pages of one folder as table rows: folders first, then objects, in key order within each.
import { guessContentType } from '../../../core/link/content-kind';
import { nameInFolder } from '../../../core/listing/folder-path';
import type { ListPage } from '../../../core/listing/parse-list-objects';

export type ListingRow =
  | { kind: 'folder'; key: string; name: string }
  | {
      kind: 'object';
      key: string;
      name: string;
      size: number;
      lastModified: number;
      contentType: string;
    };

export function listingRows(pages: readonly ListPage[], folder: string): ListingRow[] {
  const folders: ListingRow[] = [];
  const objects: ListingRow[] = [];
  const seen = new Set<string>();
  for (const page of pages) {
    for (const prefix of page.folders) {
      if (seen.has(prefix)) continue;
      seen.add(prefix);
      folders.push({ kind: 'folder', key: prefix, name: nameInFolder(prefix, folder).replace(/\/$/, '') });
    }
    for (const o of page.objects) {
      objects.push({
        kind: 'object',
        key: o.key,
        name: nameInFolder(o.key, folder),
        size: o.size,
        lastModified: o.lastModified,
        contentType: guessContentType(o.key),
      });
    }
  }
  return folders.concat(objects);
}

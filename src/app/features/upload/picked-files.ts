// Files from a drop (files and whole folders, read through the File System entries API) or from the two
// pickers ("Choose files", "Choose folder"), each with its path under what was picked.
import type { UploadBody } from '../../../upload/upload-queue';

export interface PickedFile {
  body: UploadBody;
  /** "a.txt", or "folder/sub/a.txt" for files inside a picked or dropped folder */
  relativePath: string;
}

/** The parts of the entries API a drop needs (the standard FileSystemEntry, narrowed for tests). */
export interface DropEntry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  file?(ok: (file: File) => void, fail: (error: unknown) => void): void;
  createReader?(): { readEntries(ok: (entries: DropEntry[]) => void, fail: (error: unknown) => void): void };
}

export function filesFromInput(list: FileList | readonly File[]): PickedFile[] {
  return Array.from(list, (file) => ({ body: file, relativePath: file.webkitRelativePath || file.name }));
}

async function readAll(entry: DropEntry): Promise<DropEntry[]> {
  const reader = entry.createReader!();
  const all: DropEntry[] = [];
  // readEntries hands out at most 100 entries per call: call until it returns none
  for (;;) {
    const batch = await new Promise<DropEntry[]>((ok, fail) => reader.readEntries(ok, fail));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walk(entry: DropEntry, path: string, out: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((ok, fail) => entry.file!(ok, fail));
    out.push({ body: file, relativePath: path + entry.name });
  } else if (entry.isDirectory) {
    for (const child of await readAll(entry)) await walk(child, `${path}${entry.name}/`, out);
  }
}

/**
 * Everything dropped, folders walked recursively. `entries` must be taken inside the drop event (the
 * browser empties the DataTransfer afterwards): call entriesOf(event.dataTransfer) synchronously.
 */
export async function filesFromEntries(entries: readonly (DropEntry | File)[]): Promise<PickedFile[]> {
  const out: PickedFile[] = [];
  for (const entry of entries) {
    if (entry instanceof File) out.push({ body: entry, relativePath: entry.name });
    else await walk(entry, '', out);
  }
  return out;
}

/** The drop's entries, or its files where the entries API is missing. Synchronous: see filesFromEntries. */
export function entriesOf(data: DataTransfer): (DropEntry | File)[] {
  const items = Array.from(data.items ?? []).filter((item) => item.kind === 'file');
  if (items.length > 0 && typeof items[0]!.webkitGetAsEntry === 'function') {
    return items.flatMap((item): (DropEntry | File)[] => {
      const entry = item.webkitGetAsEntry() as DropEntry | null;
      const file = entry ? null : item.getAsFile();
      return entry ? [entry] : file ? [file] : [];
    });
  }
  return Array.from(data.files);
}

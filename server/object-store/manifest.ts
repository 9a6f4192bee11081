// The data directory's manifest: synthetic folders registered by `npm run seed`. A running server
// re-reads it when it changes (bucket-store checks its mtime), so seeding needs no restart.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SYNTHETIC_MAX_COUNT } from './synthetic-folder';

export const MANIFEST_FILE = 'manifest.json';

const syntheticSchema = z.object({
  bucket: z.string().min(3),
  prefix: z.string(),
  count: z.number().int().min(0).max(SYNTHETIC_MAX_COUNT),
  lastModified: z.number().int(),
});

const manifestSchema = z.object({
  version: z.literal(1),
  synthetic: z.array(syntheticSchema),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type SyntheticEntry = z.infer<typeof syntheticSchema>;

export function manifestPath(dataDir: string): string {
  return join(dataDir, MANIFEST_FILE);
}

/** mtime+size of the manifest, or '' when absent: cheap enough to check on every request. */
export function manifestStamp(dataDir: string): string {
  try {
    const s = statSync(manifestPath(dataDir));
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return '';
  }
}

export function readManifest(dataDir: string): Manifest {
  let text: string;
  try {
    text = readFileSync(manifestPath(dataDir), 'utf8');
  } catch {
    return { version: 1, synthetic: [] };
  }
  return manifestSchema.parse(JSON.parse(text));
}

/** Registers (or replaces) the synthetic folder for bucket+prefix. Written atomically. */
export function upsertSyntheticFolder(dataDir: string, entry: SyntheticEntry): Manifest {
  const parsed = syntheticSchema.parse(entry);
  const current = readManifest(dataDir);
  const others = current.synthetic.filter((s) => !(s.bucket === parsed.bucket && s.prefix === parsed.prefix));
  const next: Manifest = { version: 1, synthetic: [...others, parsed] };
  mkdirSync(dataDir, { recursive: true });
  const tmp = `${manifestPath(dataDir)}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(next, null, 2)}\n`);
  renameSync(tmp, manifestPath(dataDir));
  return next;
}

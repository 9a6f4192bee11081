// `npm run seed -- --objects 1000000 --prefix big/ [--bucket examplebucket] [--data-dir .data/oss-local]`
// Registers a synthetic folder in the data directory's manifest. Nothing is written per object: keys
// and bytes are generated on demand. A running oss-local picks the change up on its next request.
import { parseArgs } from 'node:util';
import { manifestPath, upsertSyntheticFolder } from '../object-store/manifest';
import { SYNTHETIC_DIGITS, SYNTHETIC_MAX_COUNT, SYNTHETIC_SUFFIX } from '../object-store/synthetic-folder';
import { SEED_BUCKETS, SEED_LAST_MODIFIED } from '../object-store/seed/seed-objects';

const HELP = `Usage: npm run seed -- --objects N --prefix PREFIX [--bucket NAME] [--data-dir PATH]

Registers a synthetic folder of N objects named PREFIX${'0'.repeat(SYNTHETIC_DIGITS - 3)}123${SYNTHETIC_SUFFIX} in
<data-dir>/manifest.json (default data dir .data/oss-local, default bucket ${SEED_BUCKETS.example}).
Object bytes and ETags are generated from the key, so no files are created and it takes no time.

A running oss-local (npm start / npm run oss-local) re-reads the manifest on its next request to that
bucket when both use the same data dir; otherwise the folder appears at the next start.
Running it again with the same bucket and prefix replaces the count (0 removes the objects).`;

function main(): void {
  const { values } = parseArgs({
    options: {
      objects: { type: 'string' },
      prefix: { type: 'string' },
      bucket: { type: 'string', default: SEED_BUCKETS.example },
      'data-dir': { type: 'string', default: process.env.OSS_DATA_DIR ?? '.data/oss-local' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const count = Number(values.objects);
  if (values.objects === undefined || !Number.isInteger(count) || count < 0 || count > SYNTHETIC_MAX_COUNT) {
    throw new Error(`--objects must be an integer from 0 to ${SYNTHETIC_MAX_COUNT}\n\n${HELP}`);
  }
  if (values.prefix === undefined) throw new Error(`--prefix is required\n\n${HELP}`);
  const dataDir = values['data-dir'];
  upsertSyntheticFolder(dataDir, {
    bucket: values.bucket,
    prefix: values.prefix,
    count,
    lastModified: SEED_LAST_MODIFIED,
  });
  console.log(
    `Registered ${count} synthetic objects under ${values.bucket}/${values.prefix} in ${manifestPath(dataDir)}.\n` +
      'A running oss-local with this data dir serves them from its next request.',
  );
}

try {
  main();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}

import { useT } from '../../../i18n/use-t';
import { NativeSelect } from '../../layout/native-select';
import { navigate } from '../../routing/use-route';

/** Shown when the broker offers several buckets; choosing one opens its root. */
export function BucketPicker({ bucket, buckets }: { bucket: string; buckets: readonly string[] }) {
  const t = useT();
  const names = buckets.includes(bucket) ? buckets : [bucket, ...buckets];
  if (names.length < 2) return null;
  return (
    <NativeSelect
      aria-label={t('browse.bucket')}
      value={bucket}
      onChange={(name) => navigate({ name: 'browse', bucket: name, prefix: '', search: '' })}
      options={names.map((name) => ({ value: name, label: name }))}
      style={{ minWidth: 200 }}
    />
  );
}

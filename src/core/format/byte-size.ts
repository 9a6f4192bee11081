// Object sizes as people read them. Binary steps (1 KB = 1024 B), as the OSS console shows them.
const UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'] as const;

// A NumberFormat costs far more to make than to use, and the browse table formats a size per row as it
// scrolls: one per locale and digit count, made once (the bench's scroll profile showed one per row).
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  const id = `${locale}|${digits}`;
  let f = formats.get(id);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    formats.set(id, f);
  }
  return f;
}

/** `1536` → `1.5 KB`; digits in the given locale's style; whole bytes below 1 KB. */
export function formatByteSize(bytes: number, locale = 'en-US'): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  // 1023.96 KB would round to "1,024 KB": show the next unit instead.
  if (unit < UNITS.length - 1 && unit > 0 && Math.round(value * 10) / 10 >= 1024) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const text = numberFormat(locale, digits).format(value);
  return `${text} ${UNITS[unit]}`;
}

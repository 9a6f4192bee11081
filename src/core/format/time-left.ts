// How long credentials have left, short enough for a header: `mm:ss` under an hour, `1 h 05 m` above.

/** `ms` left → `14:05`, `1 h 05 m`; `0:00` once expired. */
export function formatTimeLeft(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  if (total >= 3600) {
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    return `${hours} h ${String(minutes).padStart(2, '0')} m`;
  }
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

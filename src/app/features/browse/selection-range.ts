// Shift-click: the rows from the last clicked one (the anchor) to the one clicked now, in table order.
import type { SelectionEntry } from '../../../state/selection-store';

export function rangeBetween<T extends SelectionEntry>(
  rows: readonly T[],
  anchorKey: string | undefined,
  targetKey: string,
): T[] {
  const to = rows.findIndex((r) => r.key === targetKey);
  if (to === -1) return [];
  const from = anchorKey === undefined ? -1 : rows.findIndex((r) => r.key === anchorKey);
  if (from === -1) return [rows[to]!];
  return rows.slice(Math.min(from, to), Math.max(from, to) + 1);
}

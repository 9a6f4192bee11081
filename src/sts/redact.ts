// Temporary secrets live in memory only: what holds them serialises (logs, storage, devtools copies)
// with the secret fields replaced, so they cannot leak by accident. One rule for both clouds' credentials.

/** Makes JSON.stringify print `value` with `secrets` as "[redacted]". Returns the same object. */
export function withRedactedJson<T extends object>(value: T, secrets: readonly (keyof T)[]): T {
  Object.defineProperty(value, 'toJSON', {
    enumerable: false,
    value: () => {
      const shown: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      for (const name of secrets) shown[name as string] = '[redacted]';
      return shown;
    },
  });
  return value;
}

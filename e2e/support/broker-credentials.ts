// What an independent client gets from the e2e stack's broker for one bucket: its answer as JSON.
export async function brokerAnswer<T>(bucket: string): Promise<T> {
  const res = await fetch(`${process.env.E2E_BROKER_URL}/sts?bucket=${encodeURIComponent(bucket)}`);
  if (!res.ok) throw new Error(`broker: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { consoleConfigSchema as brokerSchema } from '../../server/broker/config-schema';
import { ConsoleConfigError, consoleConfigSchema, fetchConsoleBootstrap } from './console-config';

const respond = (status: number, body: string) => async () => new Response(body, { status });

describe('the /config mirror', () => {
  it('has the broker’s shape, field for field', () => {
    // server/ and src/ share no code: compare the JSON Schemas of both copies instead
    const ours = z.toJSONSchema(consoleConfigSchema) as {
      properties: Record<string, unknown>;
      required: string[];
    };
    const theirs = z.toJSONSchema(brokerSchema) as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(Object.keys(ours.properties).sort()).toEqual(Object.keys(theirs.properties).sort());
    expect([...ours.required].sort()).toEqual([...theirs.required].sort());
    const bucket = (s: { properties: Record<string, unknown> }) =>
      Object.keys((s.properties.buckets as { items: { properties: object } }).items.properties).sort();
    expect(bucket(ours)).toEqual(bucket(theirs));
  });
});

describe('fetchConsoleBootstrap', () => {
  it('reads {brokerUrl}', async () => {
    const got = await fetchConsoleBootstrap({ fetch: respond(200, '{"brokerUrl":"http://127.0.0.1:8787"}') });
    expect(got).toEqual({ brokerUrl: 'http://127.0.0.1:8787' });
  });
  it('treats a missing file or an SPA fallback page as "nothing preconfigured"', async () => {
    expect(await fetchConsoleBootstrap({ fetch: respond(404, 'nope') })).toEqual({});
    expect(await fetchConsoleBootstrap({ fetch: respond(200, '<!doctype html><html>') })).toEqual({});
  });
  it('fails loudly, naming the field, on a broken file', async () => {
    await expect(fetchConsoleBootstrap({ fetch: respond(200, '{"brokerUrl":"ftp://x"}') })).rejects.toThrow(
      /brokerUrl is invalid/,
    );
    await expect(fetchConsoleBootstrap({ fetch: respond(200, '{oops') })).rejects.toBeInstanceOf(
      ConsoleConfigError,
    );
    await expect(fetchConsoleBootstrap({ fetch: respond(500, '') })).rejects.toThrow(/HTTP 500/);
  });
});

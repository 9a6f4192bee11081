// Builds the broker app. No listening and no globals here: tests call `app.request()` in-process, and each
// app has its own rate limiter and issuer.
import { Hono } from 'hono';
import type { Logger } from 'pino';
import { createAliyunIssuer } from './aliyun-issuer';
import type { BrokerConfig } from './broker-config';
import { configRoute } from './config-route';
import { corsMiddleware } from './cors';
import { createLocalCosIssuer, type CosKeyIssuer } from './cos-issuer';
import type { ErrorBody } from './errors';
import { BrokerError, renderError } from './errors';
import type { BrokerEnv } from './hono-env';
import type { CredentialIssuer } from './issuer';
import { createLocalIssuer } from './local-issuer';
import { hostCheck } from './host-check';
import { createLogger } from './logger';
import { operatorMiddleware } from './operator-middleware';
import { createRateLimiter } from './rate-limit';
import { requestLog } from './request-log';
import { stsRoute } from './sts-route';
import { createTencentIssuer } from './tencent-issuer';

export interface BrokerAppOptions {
  config: BrokerConfig;
  /** defaults to the mode's issuer: local minter or AssumeRole */
  issuer?: CredentialIssuer;
  /** COS buckets: defaults to the local COS minter or Tencent STS AssumeRole */
  cosIssuer?: CosKeyIssuer;
  logger?: Logger;
  /** clock in milliseconds, for the rate limiter, local tokens and timings */
  nowMs?: () => number;
}

export function defaultIssuer(config: BrokerConfig, nowMs: () => number): CredentialIssuer {
  if (config.mode === 'local') return createLocalIssuer(config.local.stackKey, nowMs);
  const sts = config.aliyun;
  if (sts === undefined) {
    // only COS buckets are configured: no OSS request ever reaches this issuer (resolveScope refuses it)
    return {
      issue: () => Promise.reject(new BrokerError(500, 'OssNotConfigured', 'No OSS bucket is configured.')),
    };
  }
  return createAliyunIssuer({ sts });
}

export function defaultCosIssuer(config: BrokerConfig, nowMs: () => number): CosKeyIssuer | undefined {
  if (config.mode === 'local') return createLocalCosIssuer(config.local.stackKey, nowMs);
  return config.tencent === undefined ? undefined : createTencentIssuer({ sts: config.tencent });
}

export function createBrokerApp(options: BrokerAppOptions): Hono<BrokerEnv> {
  const { config } = options;
  const nowMs = options.nowMs ?? Date.now;
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const issuer = options.issuer ?? defaultIssuer(config, nowMs);
  const cosIssuer = options.cosIssuer ?? defaultCosIssuer(config, nowMs);
  const limiter = createRateLimiter(config.rateLimitPerMinute, nowMs);
  const operator = operatorMiddleware(config, limiter, logger);

  const app = new Hono<BrokerEnv>();
  app.use('*', requestLog(logger, nowMs));
  app.use('*', hostCheck(config.allowedHosts));
  app.use('*', corsMiddleware(config.cors));
  app.get('/healthz', (c) => c.json({ ok: true, mode: config.mode }));
  app.use('/sts', operator);
  app.use('/config', operator);
  app.route('/sts', stsRoute(config, { oss: issuer, cos: cosIssuer }, logger));
  app.route('/config', configRoute(config));
  app.notFound((c) =>
    c.json<ErrorBody>(
      { code: 'NotFound', message: 'The broker serves GET /sts, GET /config and GET /healthz.' },
      404,
    ),
  );
  app.onError((err, c) => renderError(err, c, logger));
  return app;
}

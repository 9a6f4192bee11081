// Builds the broker app. No listening and no globals here: tests call `app.request()` in-process, and each
// app has its own rate limiter and issuer.
import { Hono } from 'hono';
import type { Logger } from 'pino';
import { createAliyunIssuer } from './aliyun-issuer';
import type { BrokerConfig } from './broker-config';
import { configRoute } from './config-route';
import { corsMiddleware } from './cors';
import type { ErrorBody } from './errors';
import { renderError } from './errors';
import type { BrokerEnv } from './hono-env';
import type { CredentialIssuer } from './issuer';
import { createLocalIssuer } from './local-issuer';
import { hostCheck } from './host-check';
import { createLogger } from './logger';
import { operatorMiddleware } from './operator-middleware';
import { createRateLimiter } from './rate-limit';
import { requestLog } from './request-log';
import { stsRoute } from './sts-route';

export interface BrokerAppOptions {
  config: BrokerConfig;
  /** defaults to the mode's issuer: local minter or AssumeRole */
  issuer?: CredentialIssuer;
  logger?: Logger;
  /** clock in milliseconds, for the rate limiter, local tokens and timings */
  nowMs?: () => number;
}

export function defaultIssuer(config: BrokerConfig, nowMs: () => number): CredentialIssuer {
  return config.mode === 'local'
    ? createLocalIssuer(config.local.stackKey, nowMs)
    : createAliyunIssuer({ sts: config.aliyun });
}

export function createBrokerApp(options: BrokerAppOptions): Hono<BrokerEnv> {
  const { config } = options;
  const nowMs = options.nowMs ?? Date.now;
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const issuer = options.issuer ?? defaultIssuer(config, nowMs);
  const limiter = createRateLimiter(config.rateLimitPerMinute, nowMs);
  const operator = operatorMiddleware(config, limiter, logger);

  const app = new Hono<BrokerEnv>();
  app.use('*', requestLog(logger, nowMs));
  app.use('*', hostCheck(config.allowedHosts));
  app.use('*', corsMiddleware(config.cors));
  app.get('/healthz', (c) => c.json({ ok: true, mode: config.mode }));
  app.use('/sts', operator);
  app.use('/config', operator);
  app.route('/sts', stsRoute(config, issuer, logger));
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

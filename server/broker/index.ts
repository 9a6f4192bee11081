// `npm run broker`: parse the environment once, then listen. Everything else lives in app.ts.
import { createBrokerApp } from './app';
import { BrokerConfigError, parseBrokerEnv } from './env';
import { PortInUseError, listen } from './listen';
import { createLogger } from './logger';

async function main(): Promise<void> {
  let config;
  try {
    config = parseBrokerEnv(process.env);
  } catch (err) {
    if (err instanceof BrokerConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger({ level: config.logLevel });
  if (config.mode === 'local' && config.local.stackKeyGenerated) {
    logger.warn(
      'LOCAL_STACK_KEY is not set: using a random key, so only an oss-local given the same key accepts these credentials',
    );
  }
  const app = createBrokerApp({ config, logger });
  try {
    const { port, close } = await listen(app.fetch, config.host, config.port);
    logger.info({ mode: config.mode, url: `http://${config.host}:${port}` }, 'broker listening');
    const stop = (): void => {
      void close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (err) {
    if (err instanceof PortInUseError) {
      console.error(`${err.message} Set BROKER_PORT to a free port (e.g. BROKER_PORT=8788).`);
      process.exit(1);
    }
    throw err;
  }
}

void main();

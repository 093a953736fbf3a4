import { openApp, startService } from '../main.js';
import { startWebServer } from '../web/server.js';
import { parseCommand } from './cli-context.js';

export const START_HELP = `intake start   Ordnerdienst und Weboberfläche (Prüfplatz) starten
intake watch   nur den Ordnerdienst starten`;

/** Runs until SIGTERM/SIGINT; then finishes or hands back the current documents and closes cleanly. */
export async function startCommand(argv: string[], options: { web: boolean }): Promise<number> {
  const { config, logger } = parseCommand(argv);
  if (process.platform === 'linux' && !process.env['MALLOC_ARENA_MAX']) {
    // See launch.ts: without it glibc keeps a heap per thread and the service holds ~250 MB more.
    logger.warn({}, 'MALLOC_ARENA_MAX is not set: memory use will be higher; start with npm start or set MALLOC_ARENA_MAX=2 (see README)');
  }
  const app = await openApp(config, logger);
  const service = await startService(app);
  const web = options.web ? await startWebServer(app, { host: config.host, port: config.port }) : null;
  process.stderr.write(
    `Ablageordner: ${config.watchDir}\nDatenordner:  ${config.dataDir}\n${web ? `Weboberfläche: ${web.url}\n` : ''}Beenden mit Strg+C.\n`,
  );
  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      resolve();
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
  });
  await web?.close();
  await service.stop();
  logger.info({}, 'stopped');
  return 0;
}

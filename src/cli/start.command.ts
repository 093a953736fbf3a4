import { MALLOC_ENV } from '../config/malloc-env.js';
import { unsetSenderFields } from '../config/sender-setup.js';
import { openApp, preflight, startService } from '../main.js';
import { startWebServer } from '../web/server.js';
import { parseCommand } from './cli-context.js';

export const START_HELP = `intake start   Ordnerdienst und Weboberfläche (Prüfplatz) starten
intake watch   nur den Ordnerdienst starten`;

/** Runs until SIGTERM/SIGINT; then finishes or hands back the current documents and closes cleanly. */
export async function startCommand(argv: string[], options: { web: boolean }): Promise<number> {
  const { config, logger } = parseCommand(argv);
  // Data folder there, writable, with room; database intact: else one German message and exit code 78.
  await preflight(config);
  const unset = Object.keys(MALLOC_ENV).filter((name) => !process.env[name]);
  if (process.platform === 'linux' && unset.length > 0) {
    // See config/malloc-env.ts: without them the service holds a few hundred MB more.
    logger.warn({ unset }, 'malloc settings not set: memory use will be higher; start with npm start or set them as the README shows');
  }
  const app = await openApp(config, logger);
  const service = await startService(app);
  const web = options.web ? await startWebServer(app, { host: config.host, port: config.port }) : null;
  const setup = unsetSenderFields(app.config.sender).length > 0
    ? `Ersteinrichtung: Die Absenderangaben der Briefe sind noch Beispielwerte; Briefe tragen bis dahin den Vermerk „MUSTER – nicht versenden“.\n  Als Admin in der Weboberfläche unter „Einstellungen“ eintragen (oder in der Konfigurationsdatei unter "sender").\n`
    : '';
  // Held open until a signal: every other timer is unref'd, and the folder watcher is closed while its
  // folder is gone, so without this the process would end by itself when a share drops out.
  const keepAlive = setInterval(() => undefined, 1 << 30);
  // The handlers are in place before "Beenden mit Strg+C." is printed: a supervisor (or a test) that
  // sends SIGTERM as soon as it reads that line must reach them, not the default "die at once".
  const stopped = new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      clearInterval(keepAlive);
      resolve();
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
  });
  process.stderr.write(
    `Ablageordner: ${config.watchDir}\nDatenordner:  ${config.dataDir}\n${web ? `Weboberfläche: ${web.url}\n` : ''}${setup}Beenden mit Strg+C.\n`,
  );
  await stopped;
  await web?.close();
  await service.stop();
  logger.info({}, 'stopped');
  return 0;
}

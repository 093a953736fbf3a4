import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import path from 'node:path';
import type { z } from 'zod';
import { IntakeError } from '../core/errors.js';
import { configSchema, type Config } from './config.schema.js';
import { OBERBERG_GAZETTEER } from './gazetteer.js';
import { NATIONAL_POSTAL_CODES } from './postal-codes.js';
import { EXAMPLE_SENDER } from './sender-setup.js';

/** One row per scalar setting: where it lives in Config, its environment variable and its CLI flag. */
interface Setting {
  key: string;
  env: string;
  flag?: string;
  description: string;
}

export const SETTINGS: Setting[] = [
  { key: 'watchDir', env: 'INTAKE_WATCH_DIR', flag: '--watch-dir', description: 'Ablageordner, den der Dienst beobachtet' },
  { key: 'dataDir', env: 'INTAKE_DATA_DIR', flag: '--data-dir', description: 'Datenordner (SQLite, Originale, Briefe, Spool)' },
  { key: 'host', env: 'INTAKE_HOST', flag: '--host', description: 'Adresse der Weboberfläche' },
  { key: 'port', env: 'INTAKE_PORT', flag: '--port', description: 'Port der Weboberfläche' },
  { key: 'logLevel', env: 'INTAKE_LOG_LEVEL', flag: '--log-level', description: 'Protokollstufe (info, debug, warn …)' },
  { key: 'watch.polling', env: 'INTAKE_POLLING', flag: '--polling', description: 'Ordner abfragen statt Dateiereignisse (für Netzlaufwerke)' },
  { key: 'watch.pollIntervalMs', env: 'INTAKE_POLL_INTERVAL_MS', description: 'Abfrageintervall im Polling-Modus (ms)' },
  { key: 'watch.stableMs', env: 'INTAKE_STABLE_MS', description: 'So lange (ms) muss eine Datei unverändert sein, bevor sie übernommen wird' },
  { key: 'watch.rescanIntervalMs', env: 'INTAKE_RESCAN_INTERVAL_MS', description: 'Vollständiger Abgleich des Ordners (ms), falls Ereignisse fehlen' },
  { key: 'watch.subfolders', env: 'INTAKE_SUBFOLDERS', description: 'Unterordner verarbeiten (process) oder übergehen (ignore)' },
  { key: 'watch.checkIntervalMs', env: 'INTAKE_WATCH_CHECK_MS', description: 'So oft (ms) wird geprüft, ob der Ablageordner erreichbar ist (Netzlaufwerk); fehlt er, seltener' },
  { key: 'ocr.workers', env: 'INTAKE_OCR_WORKERS', description: 'Anzahl OCR-Worker (Standard: Anzahl Prozessorkerne)' },
  { key: 'ocr.maxPages', env: 'INTAKE_MAX_PAGES', description: 'Höchstzahl Seiten je Datei' },
  { key: 'ocr.maxPixels', env: 'INTAKE_MAX_PIXELS', description: 'Höchstzahl Pixel je Seite' },
  { key: 'ocr.pageTimeoutMs', env: 'INTAKE_PAGE_TIMEOUT_MS', description: 'Zeitlimit je Seite für die Texterkennung (ms)' },
  { key: 'ocr.recycleAfterPages', env: 'INTAKE_OCR_RECYCLE_PAGES', description: 'OCR-Worker nach so vielen Seiten neu starten' },
  { key: 'ocr.maxFileBytes', env: 'INTAKE_MAX_FILE_BYTES', description: 'Höchstgröße einer Datei (Bytes)' },
  { key: 'pipeline.maxAttempts', env: 'INTAKE_MAX_ATTEMPTS', description: 'Versuche bei vorübergehenden Fehlern' },
  { key: 'pipeline.retryBaseMs', env: 'INTAKE_RETRY_BASE_MS', description: 'Wartezeit vor dem ersten Wiederholungsversuch (ms), verdoppelt sich' },
  { key: 'match.joinThreshold', env: 'INTAKE_MATCH_JOIN', description: 'Ab diesem Wert wird ein Dokument einem Fall automatisch zugeordnet' },
  { key: 'match.reviewThreshold', env: 'INTAKE_MATCH_REVIEW', description: 'Ab diesem Wert wird ein möglicher Treffer zur Prüfung vorgelegt' },
  { key: 'match.earlierCaseYears', env: 'INTAKE_EARLIER_CASE_YEARS', description: 'Frühere Fälle desselben Haushalts so viele Jahre zurück verknüpfen' },
  { key: 'deadlines.serviceEstimateDays', env: 'INTAKE_SERVICE_ESTIMATE_DAYS', description: 'Geschätzte Tage von Klageeingang bis Zustellung (Schonfrist-Schätzung)' },
  { key: 'letters.templatesDir', env: 'INTAKE_TEMPLATES_DIR', flag: '--templates-dir', description: 'Ordner mit den Briefvorlagen' },
  { key: 'letters.defaultVariant', env: 'INTAKE_LETTER_VARIANT', description: 'Standard-Briefvariante (Dateiname der Vorlage ohne .tpl: first-contact.de, first-contact.de-einfach, first-contact.en)' },
  { key: 'mail.smtpUrl', env: 'SMTP_URL', description: 'SMTP-Server für Benachrichtigungen, z. B. smtp://benutzer:passwort@mail.example.org:587 (STARTTLS) oder smtps://…:465; leer: Mails landen als .eml in <Datenordner>/outbox' },
  { key: 'mail.from', env: 'MAIL_FROM', description: 'Absenderadresse der Benachrichtigungen' },
  { key: 'mail.to', env: 'MAIL_TO', description: 'Empfänger der Benachrichtigungen (Team-Adresse; mehrere durch Komma getrennt)' },
  { key: 'mail.digestTime', env: 'INTAKE_DIGEST_TIME', description: 'Uhrzeit der täglichen Übersicht (HH:MM, Ortszeit des Servers)' },
  { key: 'mail.alertBatchMinutes', env: 'INTAKE_ALERT_BATCH_MINUTES', description: 'Neue Fälle so viele Minuten sammeln und dann in einer Mail melden (0: sofort)' },
  { key: 'mail.baseUrl', env: 'INTAKE_BASE_URL', description: 'Adresse der Weboberfläche für Links in Mails' },
  { key: 'retention.years', env: 'INTAKE_RETENTION_YEARS', description: 'Personenbezogene Daten abgeschlossener Fälle nach so vielen Jahren löschen (intake purge)' },
  { key: 'report.minCount', env: 'INTAKE_REPORT_MIN_COUNT', description: 'Kleinere Zahlen werden in der Auswertung unterdrückt bzw. zusammengefasst (Anonymisierung)' },
  { key: 'storage.minFreeMb', env: 'INTAKE_MIN_FREE_MB', description: 'So viel freier Platz (MB) muss auf dem Datenträger des Datenordners sein: sonst startet der Dienst nicht bzw. bleibt pausiert' },
  { key: 'storage.retryBaseMs', env: 'INTAKE_STORAGE_RETRY_MS', description: 'Erste erneute Prüfung nach einem Speicherfehler (ms), verdoppelt sich' },
  { key: 'storage.retryMaxMs', env: 'INTAKE_STORAGE_RETRY_MAX_MS', description: 'Längster Abstand zwischen zwei Prüfungen bei einem Speicherfehler (ms)' },
  { key: 'storage.busyTimeoutMs', env: 'INTAKE_DB_BUSY_TIMEOUT_MS', description: 'So lange (ms) wartet ein Schreibzugriff auf die gesperrte Datenbank, bevor der Eingang pausiert' },
  { key: 'backup.keep', env: 'INTAKE_BACKUP_KEEP', description: 'So viele Sicherungen behält intake backup im Zielordner' },
  { key: 'split.separatorCode', env: 'INTAKE_SEPARATOR_CODE', description: 'Code der Trennblätter (QR-Code) für Stapel-Scans; intake separator-sheet druckt ihn' },
];


/** The package root (where package.json and templates/ live), wherever the code runs from (src or dist). */
/** The data folder a zero-setup start uses (./data): the only one the service creates when it is missing. */
export function defaultDataDir(cwd = process.cwd()): string {
  return path.join(cwd, 'data');
}

export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

function defaults(cwd: string): Record<string, unknown> {
  return {
    watchDir: path.join(cwd, 'watch-folder'),
    dataDir: defaultDataDir(cwd),
    host: '127.0.0.1',
    port: 8080,
    logLevel: 'info',
    watch: { polling: false, pollIntervalMs: 2000, stableMs: 3000, rescanIntervalMs: 300_000, subfolders: 'process', checkIntervalMs: 2000 },
    ocr: {
      workers: Math.max(1, Math.min(cpus().length, 8)),
      maxPages: 50,
      maxPixels: 100_000_000,
      pageTimeoutMs: 120_000,
      recycleAfterPages: 200,
      maxFileBytes: 200 * 1024 * 1024,
    },
    pipeline: { maxAttempts: 3, retryBaseMs: 5_000 },
    match: { joinThreshold: 0.9, reviewThreshold: 0.6, earlierCaseYears: 2 },
    deadlines: { serviceEstimateDays: 14 },
    letters: { templatesDir: path.join(packageRoot(), 'templates'), defaultVariant: 'first-contact.de' },
    // Placeholders: letters carry a draft mark until they are replaced (config/sender-setup.ts).
    sender: EXAMPLE_SENDER,
    gazetteer: OBERBERG_GAZETTEER,
    mail: {
      from: 'Fachstelle Eingang <intake@localhost>',
      to: 'team@localhost',
      digestTime: '07:30',
      alertBatchMinutes: 5,
      baseUrl: 'http://127.0.0.1:8080',
    },
    retention: { years: 3 },
    report: { minCount: 3 },
    split: { separatorCode: 'TRENN' },
    storage: { minFreeMb: 50, retryBaseMs: 5_000, retryMaxMs: 300_000, busyTimeoutMs: 5_000 },
    backup: { keep: 7 },
  };
}

export interface ConfigSources {
  env?: NodeJS.ProcessEnv;
  /** Parsed CLI flags, keyed by flag name without dashes, e.g. { 'watch-dir': '…' }. */
  flags?: Record<string, string | boolean | undefined>;
  cwd?: string;
}

function setPath(target: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] = { ...(node[part] as Record<string, unknown> | undefined) };
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1)!] = value;
}

function deepMerge(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object' && !Array.isArray(current)
        ? deepMerge(current as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return out;
}

function readJsonFile(file: string, setting: string): Record<string, unknown> {
  if (!existsSync(file)) {
    throw new IntakeError('CONFIG_INVALID', `Ungültige Einstellung ${setting}: Datei nicht gefunden (${file}).`);
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (cause) {
    throw new IntakeError('CONFIG_INVALID', `Ungültige Einstellung ${setting}: ${file} ist kein gültiges JSON.`, { cause });
  }
}

/** Names the setting behind a failing schema path: its flag or variable, else the config file key. */
function settingName(issuePath: PropertyKey[], origin: Map<string, string>): string {
  const key = issuePath.map(String).join('.');
  for (let n = issuePath.length; n > 0; n--) {
    const prefix = issuePath.slice(0, n).map(String).join('.');
    const from = origin.get(prefix);
    if (from) return from;
  }
  const setting = SETTINGS.find((s) => s.key === key);
  return setting ? setting.env : `${key} (Konfigurationsdatei)`;
}

function describeIssue(issue: z.core.$ZodIssue, received: unknown): string {
  const shown = received === undefined ? '' : `, erhalten: ${JSON.stringify(received)}`;
  switch (issue.code) {
    case 'too_small':
    case 'too_big':
      return `Wert außerhalb des erlaubten Bereichs (${issue.message})${shown}`;
    case 'invalid_type':
      return `falscher Typ (${issue.expected} erwartet)${shown}`;
    case 'invalid_value':
      return `erlaubt sind ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${shown}`;
    default:
      return `${issue.message}${shown}`;
  }
}

function valueAt(raw: Record<string, unknown>, issuePath: PropertyKey[]): unknown {
  let node: unknown = raw;
  for (const part of issuePath) node = (node as Record<PropertyKey, unknown> | undefined)?.[part];
  return node;
}

/** The files the configuration was read from (config file, gazetteer), for `intake backup`. */
export function configSourceFiles(sources: ConfigSources = {}): { name: string; file: string }[] {
  const env = sources.env ?? process.env;
  const cwd = sources.cwd ?? process.cwd();
  const configFile = (sources.flags?.['config'] as string | undefined) ?? env['INTAKE_CONFIG'];
  const out: { name: string; file: string }[] = [];
  if (configFile) out.push({ name: `config/${path.basename(configFile)}`, file: path.resolve(cwd, configFile) });
  if (env['INTAKE_GAZETTEER']) out.push({ name: `config/${path.basename(env['INTAKE_GAZETTEER'])}`, file: path.resolve(cwd, env['INTAKE_GAZETTEER']) });
  return out;
}

/**
 * Loads the configuration once: defaults ← config file (INTAKE_CONFIG / --config, JSON) ←
 * environment ← CLI flags. An invalid value throws one IntakeError('CONFIG_INVALID') whose
 * German message names the setting.
 */
export function loadConfig(sources: ConfigSources = {}): Config {
  const env = sources.env ?? process.env;
  const flags = sources.flags ?? {};
  const cwd = sources.cwd ?? process.cwd();
  const origin = new Map<string, string>();

  let raw = defaults(cwd);
  const configFile = (flags['config'] as string | undefined) ?? env['INTAKE_CONFIG'];
  if (configFile) {
    raw = deepMerge(raw, readJsonFile(path.resolve(cwd, configFile), flags['config'] ? '--config' : 'INTAKE_CONFIG'));
  }
  const gazetteerFile = env['INTAKE_GAZETTEER'];
  if (gazetteerFile) {
    raw['gazetteer'] = readJsonFile(path.resolve(cwd, gazetteerFile), 'INTAKE_GAZETTEER');
    origin.set('gazetteer', 'INTAKE_GAZETTEER');
  }
  for (const setting of SETTINGS) {
    const fromEnv = env[setting.env];
    if (fromEnv !== undefined && fromEnv !== '') {
      setPath(raw, setting.key, fromEnv);
      origin.set(setting.key, setting.env);
    }
    const flagName = setting.flag?.slice(2);
    const fromFlag = flagName ? flags[flagName] : undefined;
    if (fromFlag !== undefined) {
      setPath(raw, setting.key, fromFlag);
      origin.set(setting.key, setting.flag!);
    }
  }

  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = settingName(issue.path, origin);
    throw new IntakeError('CONFIG_INVALID', `Ungültige Einstellung ${name}: ${describeIssue(issue, valueAt(raw, issue.path))}.`);
  }
  const config = parsed.data;
  if (config.match.reviewThreshold > config.match.joinThreshold) {
    throw new IntakeError(
      'CONFIG_INVALID',
      'Ungültige Einstellung INTAKE_MATCH_REVIEW: darf nicht größer sein als INTAKE_MATCH_JOIN.',
    );
  }
  return {
    ...config,
    watchDir: path.resolve(cwd, config.watchDir),
    dataDir: path.resolve(cwd, config.dataDir),
    gazetteer: { ...config.gazetteer, nationalPostalCodes: NATIONAL_POSTAL_CODES },
    letters: { ...config.letters, templatesDir: path.resolve(cwd, config.letters.templatesDir) },
  };
}

/**
 * Team mails through nodemailer. With SMTP_URL (smtp:// with STARTTLS when the server offers it,
 * smtps:// for implicit TLS, user and password in the URL) mails go to the server; without it,
 * or when the server fails, the complete message is written as .eml to <dataDir>/outbox/
 * ("outbox fallback") and `flushOutbox()` delivers it later. Sending never throws.
 * Logs carry the mail kind, outbox file names and error codes — never mail content.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';
import type { Config } from '../config/config.schema.js';
import type { Mailer, OutgoingMail, SendResult } from '../core/mail/mail.types.js';
import type { Logger } from '../pipeline/ports.js';
import { writeFileAtomic } from './file-store.adapter.js';

export const OUTBOX_DIR_NAME = 'outbox';

export interface MailerOptions {
  /** Socket timeouts (ms) for the SMTP connection; short so a dead server never holds anything up. */
  timeoutMs?: number;
}

function bareAddresses(list: string): string[] {
  const out: string[] = [];
  const walk = (entries: ReturnType<typeof addressparser>) => {
    for (const entry of entries) {
      if ('group' in entry && entry.group) walk(entry.group);
      else if ('address' in entry && entry.address) out.push(entry.address);
    }
  };
  walk(addressparser(list));
  return out;
}

function outboxName(kind: string, now: Date): string {
  return `${now.toISOString().replace(/[:.]/g, '-')}-${kind}-${randomBytes(4).toString('hex')}.eml`;
}

export function createMailer(config: Pick<Config, 'dataDir' | 'mail'>, logger: Logger, options: MailerOptions = {}): Mailer {
  const log = logger.child({ component: 'mail' });
  const outboxDir = path.join(config.dataDir, OUTBOX_DIR_NAME);
  const timeout = options.timeoutMs ?? 15_000;
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const smtp = config.mail.smtpUrl
    ? nodemailer.createTransport({ url: config.mail.smtpUrl, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout })
    : null;
  const envelope = () => ({ from: bareAddresses(config.mail.from)[0] ?? config.mail.from, to: bareAddresses(config.mail.to) });
  let flushing: Promise<{ delivered: number; waiting: number }> | undefined;

  async function compose(mail: OutgoingMail): Promise<Buffer> {
    const info = await composer.sendMail({
      from: config.mail.from,
      to: config.mail.to,
      subject: mail.subject,
      text: mail.text,
      headers: { 'X-Intake-Kind': mail.kind, 'Auto-Submitted': 'auto-generated' },
    });
    return info.message as Buffer;
  }

  async function deliver(raw: Buffer): Promise<void> {
    await smtp!.sendMail({ envelope: envelope(), raw });
  }

  async function toOutbox(kind: string, raw: Buffer): Promise<string> {
    const name = outboxName(kind, new Date());
    await writeFileAtomic(path.join(outboxDir, name), raw);
    return name;
  }

  async function listOutbox(): Promise<string[]> {
    await mkdir(outboxDir, { recursive: true });
    return (await readdir(outboxDir)).filter((n) => n.endsWith('.eml')).sort();
  }

  async function flush(): Promise<{ delivered: number; waiting: number }> {
    const names = await listOutbox();
    if (!smtp) return { delivered: 0, waiting: names.length };
    let delivered = 0;
    for (const name of names) {
      const file = path.join(outboxDir, name);
      try {
        await deliver(await readFile(file));
      } catch (error) {
        log.warn({ file: name, code: (error as NodeJS.ErrnoException).code ?? 'SEND_FAILED' }, 'outbox delivery failed; will retry');
        return { delivered, waiting: names.length - delivered };
      }
      await unlink(file).catch(() => undefined);
      delivered += 1;
      log.info({ file: name }, 'outbox mail delivered');
    }
    return { delivered, waiting: 0 };
  }

  return {
    smtpConfigured: smtp !== null,
    async send(mail: OutgoingMail): Promise<SendResult> {
      const raw = await compose(mail);
      if (smtp) {
        try {
          await deliver(raw);
          log.info({ kind: mail.kind }, 'mail sent');
          return { delivered: true };
        } catch (error) {
          log.warn({ kind: mail.kind, code: (error as NodeJS.ErrnoException).code ?? 'SEND_FAILED' }, 'mail server failed; mail kept in outbox');
        }
      }
      const outboxFile = await toOutbox(mail.kind, raw);
      log.info({ kind: mail.kind, file: outboxFile }, 'mail written to outbox');
      return { delivered: false, outboxFile };
    },
    async flushOutbox() {
      // One flush at a time: two overlapping runs would send the same file twice.
      flushing ??= flush().finally(() => {
        flushing = undefined;
      });
      return flushing;
    },
    async close() {
      await flushing?.catch(() => undefined);
      smtp?.close();
      composer.close();
    },
  };
}

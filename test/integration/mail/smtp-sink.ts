import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  user: string | undefined;
  /** True when the session ran over TLS (STARTTLS). */
  secure: boolean;
}

/** A real SMTP server on 127.0.0.1 that keeps what it receives (user "team", password "geheim"). */
export async function startSmtpSink(port = 0, options: { starttls?: boolean } = {}): Promise<{ port: number; mails: ReceivedMail[]; close(): Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    // With STARTTLS the server uses smtp-server's built-in self-signed test certificate.
    disabledCommands: options.starttls ? [] : ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'team' && auth.password === 'geheim') callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
          user: session.user as string | undefined,
          secure: session.secure,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = (server as unknown as { server: { address(): { port: number } } }).server.address();
  return { port: address.port, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Decodes the quoted-printable / base64 body parts enough to search the text. */
export function decodedText(raw: string): string {
  const [encodedHeaders, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = encodedHeaders!.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_m, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
  );
  const body = rest.join('\n\n');
  if (/Content-Transfer-Encoding:\s*base64/i.test(headers!)) return `${headers}\n${Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')}`;
  if (/Content-Transfer-Encoding:\s*quoted-printable/i.test(headers!)) {
    const qp = body.replace(/=\r?\n/g, '').replace(/(=[0-9A-F]{2})+/g, (m) => Buffer.from(m.split('=').slice(1).map((h) => parseInt(h, 16))).toString('utf8'));
    return `${headers}\n${qp}`;
  }
  return `${headers}\n${body}`;
}

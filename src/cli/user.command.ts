import { openDatabase } from '../db/connection.js';
import { SqliteStore } from '../db/sqlite.store.js';
import { databaseFile } from '../main.js';
import { hashPassword, MIN_PASSWORD_LENGTH, USER_NAME as NAME } from '../web/password.hasher.js';
import { parseCommand, UsageError } from './cli-context.js';

export const USER_HELP = `intake user add <name> --role admin|worker
  Legt eine Person für die Weboberfläche an. Das Passwort kommt von der Standardeingabe
  (z. B. aus einem Passwortmanager) oder wird im Terminal verdeckt abgefragt – nie als Argument.
intake user passwd <name>   Passwort neu setzen (ebenso)
intake user list            Personen und Rollen auflisten`;


type Input = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };

/** The password: the first line of stdin when piped, else a prompt without echo on the terminal. */
async function readPassword(stdin: Input, prompt: string): Promise<string> {
  if (!stdin.isTTY || !stdin.setRawMode) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  process.stderr.write(prompt);
  const setRawMode = stdin.setRawMode.bind(stdin);
  setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise<string>((resolve, reject) => {
    let value = '';
    const onData = (key: string) => {
      for (const ch of key) {
        if (ch === '\r' || ch === '\n') {
          finish();
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          finish();
          reject(new UsageError('abgebrochen'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    const finish = () => {
      stdin.off('data', onData);
      setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    stdin.on('data', onData);
  });
}

async function newPassword(stdin: Input): Promise<string> {
  const password = await readPassword(stdin, 'Passwort: ');
  if (password.length < MIN_PASSWORD_LENGTH) throw new UsageError(`Das Passwort muss mindestens ${MIN_PASSWORD_LENGTH} Zeichen haben.`);
  if (stdin.isTTY && (await readPassword(stdin, 'Passwort wiederholen: ')) !== password) throw new UsageError('Die Passwörter stimmen nicht überein.');
  return password;
}

/** `input` is for tests; the CLI reads the process's stdin. */
export async function userCommand(argv: string[], input: Input = process.stdin): Promise<number> {
  const { config, values, positionals } = parseCommand(argv, { role: { type: 'string' } });
  const [action, name] = positionals;
  if (action !== 'add' && action !== 'passwd' && action !== 'list') throw new UsageError(`intake user add|passwd|list – unbekannt: „${action ?? ''}“`);
  if (action !== 'list' && (!name || !NAME.test(name))) {
    throw new UsageError('Benutzername: 2–64 Zeichen aus Buchstaben, Ziffern und . _ @ -');
  }
  const role = values['role'];
  if (action === 'add' && role !== 'admin' && role !== 'worker') throw new UsageError('--role admin oder --role worker angeben.');
  const db = openDatabase(databaseFile(config));
  try {
    const store = new SqliteStore(db);
    if (action === 'list') {
      for (const user of store.auth.users()) process.stdout.write(`${user.name}\t${user.role}${user.disabled_at ? '\tgesperrt' : ''}\n`);
      return 0;
    }
    const exists = store.auth.userByName(name!);
    if (action === 'add' && exists) {
      process.stderr.write(`Die Person „${name}“ gibt es schon. Passwort ändern: intake user passwd ${name}\n`);
      return 1;
    }
    if (action === 'passwd' && !exists) {
      process.stderr.write(`Die Person „${name}“ gibt es nicht.\n`);
      return 1;
    }
    const hash = await hashPassword(await newPassword(input));
    if (action === 'add') store.auth.addUser(name!, role as 'admin' | 'worker', hash, new Date().toISOString());
    else store.auth.setPassword(name!, hash);
    process.stdout.write(action === 'add' ? `Angelegt: ${name} (${role}).\n` : `Passwort geändert: ${name}.\n`);
    return 0;
  } finally {
    db.close();
  }
}

import type { Db } from './connection.js';

export type UserRole = 'admin' | 'worker';

export interface UserRow {
  id: number;
  name: string;
  role: UserRole;
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
}

export interface SessionRow {
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

/** A live session joined with its user (what every signed-in request needs). */
export interface SessionUser {
  tokenHash: string;
  csrfToken: string;
  expiresAt: string;
  lastSeenAt: string;
  userId: number;
  userName: string;
  role: UserRole;
}

/** SQL for users and sessions of the review desk. Hashing and token making live in web/auth. */
export class AuthRepository {
  constructor(private readonly db: Db) {}

  addUser(name: string, role: UserRole, passwordHash: string, at: string): number {
    const result = this.db
      .prepare('INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)')
      .run(name, role, passwordHash, at);
    return Number(result.lastInsertRowid);
  }

  setPassword(name: string, passwordHash: string): boolean {
    return this.db.prepare('UPDATE users SET password_hash = ? WHERE name = ?').run(passwordHash, name).changes === 1;
  }

  userByName(name: string): UserRow | undefined {
    return this.db.prepare('SELECT * FROM users WHERE name = ?').get(name) as UserRow | undefined;
  }

  countUsers(): number {
    return this.db.prepare('SELECT COUNT(*) FROM users').pluck().get() as number;
  }

  users(): UserRow[] {
    return this.db.prepare('SELECT * FROM users ORDER BY name').all() as UserRow[];
  }

  createSession(session: SessionRow): void {
    this.db
      .prepare(
        `INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at)
         VALUES (@token_hash, @user_id, @csrf_token, @created_at, @last_seen_at, @expires_at)`,
      )
      .run(session);
  }

  /** The session with this token hash if it has not expired and its user is active. */
  liveSession(tokenHash: string, now: string): SessionUser | undefined {
    return this.db
      .prepare(
        `SELECT s.token_hash AS tokenHash, s.csrf_token AS csrfToken, s.expires_at AS expiresAt, s.last_seen_at AS lastSeenAt,
                u.id AS userId, u.name AS userName, u.role AS role
         FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled_at IS NULL`,
      )
      .get(tokenHash, now) as SessionUser | undefined;
  }

  touchSession(tokenHash: string, lastSeenAt: string, expiresAt: string): void {
    this.db.prepare('UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?').run(lastSeenAt, expiresAt, tokenHash);
  }

  deleteSession(tokenHash: string): void {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
  }

  deleteExpiredSessions(now: string): number {
    return this.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now).changes;
  }

  /** Disables (at) or enables (null) a user; a disabled user's sessions end at once. */
  setDisabled(name: string, at: string | null): boolean {
    return this.db.transaction(() => {
      const changed = this.db.prepare('UPDATE users SET disabled_at = ? WHERE name = ?').run(at, name).changes === 1;
      if (changed && at !== null) this.deleteSessionsOf(name);
      return changed;
    })();
  }

  /** Ends every session of a user (after a disable or a password reset). */
  deleteSessionsOf(name: string): number {
    return this.db.prepare('DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE name = ?)').run(name).changes;
  }

  countActiveAdmins(): number {
    return this.db.prepare("SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled_at IS NULL").pluck().get() as number;
  }

  /** Names of active users (for the "assigned worker" choice). */
  activeUserNames(): string[] {
    return this.db.prepare('SELECT name FROM users WHERE disabled_at IS NULL ORDER BY name').pluck().all() as string[];
  }
}

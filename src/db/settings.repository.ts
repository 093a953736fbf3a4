import type { Db } from './connection.js';

export interface SettingRow {
  key: string;
  value_json: string;
  updated_at: string;
  updated_by: string;
}

/** SQL for the settings made in the web UI (key → JSON value). Validation lives in config/sender-setup.ts. */
export class SettingsRepository {
  constructor(private readonly db: Db) {}

  /** Every stored setting as { key: value }. */
  values(): Record<string, unknown> {
    const rows = this.db.prepare('SELECT key, value_json FROM settings ORDER BY key').all() as Pick<SettingRow, 'key' | 'value_json'>[];
    return Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value_json) as unknown]));
  }

  rows(): SettingRow[] {
    return this.db.prepare('SELECT * FROM settings ORDER BY key').all() as SettingRow[];
  }

  put(key: string, value: unknown, at: string, by: string): void {
    this.db
      .prepare(
        `INSERT INTO settings (key, value_json, updated_at, updated_by) VALUES (?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run(key, JSON.stringify(value), at, by);
  }
}

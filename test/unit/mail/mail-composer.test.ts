import { describe, expect, it } from 'vitest';
import { composeAlert, composeDigest, germanDate } from '../../../src/core/mail/index.js';

describe('team mail texts', () => {
  it('lists new cases nearest deadline first, with links and a review note', () => {
    const mail = composeAlert(
      [
        { id: 'FS-2025-0002', needsReview: true, nextDeadline: null },
        { id: 'FS-2025-0001', needsReview: false, nextDeadline: { kind: 'eviction', date: '2025-03-01', estimated: false } },
      ],
      { baseUrl: 'https://intake.example/', today: '2025-02-27' },
    );
    expect(mail.subject).toBe('Eingang: 2 neue Fälle, 1 zu prüfen');
    const lines = mail.text.split('\n');
    expect(lines.indexOf('- Fall FS-2025-0001: Räumungstermin am 01.03.2025, in 2 Tagen')).toBeLessThan(lines.indexOf('- Fall FS-2025-0002: noch keine Frist bekannt – Prüfung nötig'));
    expect(mail.text).toContain('  https://intake.example/cases/FS-2025-0001');
  });

  it('writes the digest with counts even when there is nothing to do', () => {
    const mail = composeDigest({ today: '2025-02-12', windowDays: 14, dueSoon: [], needsReview: [], failedFiles: 0, unprintedLetters: 2 }, { baseUrl: 'http://127.0.0.1:8080' });
    expect(mail.subject).toBe('Tagesübersicht 12.02.2025: 0 Fristen, 0 zu prüfen, 0 Fehler');
    expect(mail.text).toContain('Fertige, noch nicht gedruckte Briefe: 2');
    expect(mail.text).not.toContain('/failed');
  });

  it('marks estimated deadlines and says "morgen" and "heute"', () => {
    const mail = composeDigest(
      {
        today: '2025-02-12',
        windowDays: 14,
        dueSoon: [
          { caseId: 'FS-2025-0003', kind: 'hearing', date: '2025-02-12', estimated: false },
          { caseId: 'FS-2025-0004', kind: 'grace_period_end', date: '2025-02-13', estimated: true },
        ],
        needsReview: [],
        failedFiles: 1,
        unprintedLetters: 0,
      },
      { baseUrl: 'http://x' },
    );
    expect(mail.text).toContain('Verhandlungstermin am 12.02.2025, heute');
    expect(mail.text).toContain('Ende der Schonfrist am 13.02.2025 (geschätzt), morgen');
    expect(germanDate('2025-01-05')).toBe('05.01.2025');
  });
});

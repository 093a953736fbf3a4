/**
 * Letter speed check (target: ≤ 100 ms per letter, 200 letters in one PDF < 20 s).
 * Run with `npm run bench -- letters`.
 * The combined PDF is left in the temp folder for a look.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLetterPdfRenderer } from '../src/adapters/letter-pdf.adapter.js';
import { loadTemplates } from '../src/adapters/template-store.adapter.js';
import { packageRoot } from '../src/config/load-config.js';
import { buildLetter, type LetterContent } from '../src/core/letter/index.js';

export async function benchLetters(count = 200): Promise<{ perLetterMs: number; combinedMs: number; combinedBytes: number }> {
  const templates = await loadTemplates(join(packageRoot(), 'templates'));
  const variants = templates.variants();
  const renderer = createLetterPdfRenderer();
  const letters: LetterContent[] = [];
  for (let i = 0; i < count; i++) {
    const r = buildLetter(templates.get(variants[i % variants.length]!), {
      caseId: `F-2025-${String(i).padStart(4, '0')}`,
      date: '2025-04-10',
      tenants: i % 2 ? [{ name: 'Ayşe Yılmaz', birthDate: null }, { name: 'Piotr Wiśniewski', birthDate: null }] : [{ name: 'Jürgen Müller-Lüdenscheidt', birthDate: null }],
      address: { street: 'Hauptstraße', houseNumber: String(i + 1), postalCode: '44137', city: 'Dortmund', addition: i % 5 ? null : 'c/o Çelik' },
      hearing: i % 3 ? { date: '2025-04-22', time: '10:30', room: null } : null,
      court: null,
      sender: { name: 'Fachstelle Wohnungssicherung', street: 'Kleppingstraße 21', postalCode: '44135', city: 'Dortmund', phone: '0231 50-12345', email: 'wohnen@example.org', officeHours: 'Mo–Do 9–12 Uhr', contactPerson: 'Zeynep Çelik' },
    });
    if (!r.ok) throw new Error(r.missing.join('; '));
    letters.push(r.letter);
  }
  await renderer.render(letters[0]!); // warm-up (font parsing, JIT)
  const single = 20;
  let t = performance.now();
  for (let i = 0; i < single; i++) await renderer.render(letters[i]!);
  const perLetterMs = (performance.now() - t) / single;
  t = performance.now();
  const combined = await renderer.combine(letters);
  const combinedMs = performance.now() - t;
  writeFileSync(join(tmpdir(), 'bench-letters.pdf'), combined);
  return { perLetterMs, combinedMs, combinedBytes: combined.length };
}

/** Letterheads with their distractors: sender address, recipient address, letter date, footer. */
import { date } from '../surface.js';
import type { LayoutContext } from './layout.types.js';
import { say } from './layout.types.js';

export interface Recipient {
  lines: string[];
}

export function recipientAuthority(ctx: LayoutContext): Recipient {
  const a = ctx.c.court.authority;
  return { lines: [a.name, a.street, `${a.postal} ${a.city}`] };
}

/** Court letterhead: name, return line, recipient window, information block with the file number. */
export function courtHead(ctx: LayoutContext, info: [string, string][], recipient = recipientAuthority(ctx)): void {
  const { b, c, rng } = ctx;
  const t = b.theme;
  const centred = rng.chance(0.35);
  const name = `Amtsgericht ${c.court.place}`;
  if (centred) {
    b.line(name, { font: t.bold, size: t.size + 4, x: t.left + 45 });
  } else {
    b.line(name, { font: t.bold, size: t.size + 3 });
    b.line(say(rng, 'Zivilabteilung', 'Abteilung für Zivilsachen', 'Geschäftsstelle'), { size: t.size - 1 });
  }
  const top = 45;
  b.y = top;
  b.line(`${name} · ${c.court.poBox} · ${c.court.postal} ${c.court.place}`, { size: 6.5 });
  b.gap(2);
  for (const l of recipient.lines) b.para(l, { width: 122 - b.theme.left });
  let y = 52;
  for (const [label, value] of info) {
    y += b.lineHeight(t.size - 0.5);
    b.at(125, y, `${label}: ${value}`, t.body, t.size - 0.5);
  }
  b.y = Math.max(b.y, y) + 12;
}

export function courtFooter(ctx: LayoutContext): void {
  const { b, c } = ctx;
  const y = 285;
  b.rule(b.theme.left, y - 4, b.theme.left + b.theme.width, y - 4, 0.2);
  const italic = b.theme.body.startsWith('serif') ? 'serif-italic' : 'sans-oblique';
  b.at(b.theme.left, y, `Hausanschrift: ${c.court.street}, ${c.court.postal} ${c.court.place} · Sprechzeiten: Mo–Fr 8:30–12:00 Uhr`, italic, 6.5);
}

export function signature(ctx: LayoutContext, who: string, role = 'Urkundsbeamtin/Urkundsbeamter der Geschäftsstelle'): void {
  const { b } = ctx;
  b.gap(6);
  b.line(who);
  b.line(role, { size: b.theme.size - 1.5 });
  b.line(say(ctx.rng, 'Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.', 'Beglaubigt', ''), { size: b.theme.size - 2 });
}

export function letterDateInfo(ctx: LayoutContext): [string, string] {
  return [say(ctx.rng, 'Datum', 'Datum', 'Schreiben vom'), date(ctx.c, ctx.c.letterDate, 'numeric')];
}

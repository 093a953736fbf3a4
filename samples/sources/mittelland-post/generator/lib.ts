// Shared helpers: seeded PRNG, date/amount formatting and the "is this value printed" matcher
// used both by the generator (to find fieldPages) and by the checker.

export type Rng = {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(arr: readonly T[]): T;
  chance(p: number): boolean;
  shuffle<T>(arr: T[]): T[];
  fork(salt: number): Rng;
  seed: number;
};

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    seed,
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(arr: readonly T[]): T => {
      if (arr.length === 0) throw new Error('pick from empty array');
      return arr[Math.floor(next() * arr.length)] as T;
    },
    chance: (p) => next() < p,
    shuffle: <T>(arr: T[]): T[] => {
      for (let i = arr.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = arr[i] as T;
        arr[i] = arr[j] as T;
        arr[j] = tmp;
      }
      return arr;
    },
    fork: (salt) => mulberry32((Math.imul(seed ^ 0x9e3779b9, 2654435761) + salt * 7919 + Math.floor(next() * 1e9)) >>> 0),
  };
  return rng;
}

export function hashSeed(...parts: (string | number)[]): number {
  let h = 2166136261 >>> 0;
  for (const ch of parts.join('|')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h >>> 0;
}

// ---------- dates ----------
export function isoToParts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y ?? 0, m ?? 0, d ?? 0];
}
export function addDays(iso: string, n: number): string {
  const [y, m, d] = isoToParts(iso);
  const t = Date.UTC(y, m - 1, d) + n * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}
export function weekday(iso: string): number {
  const [y, m, d] = isoToParts(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
/** move to the next working day (Mon–Fri) */
export function workday(iso: string): string {
  let x = iso;
  while (weekday(x) === 0 || weekday(x) === 6) x = addDays(x, 1);
  return x;
}
export function endOfMonth(iso: string, plusMonths: number): string {
  const [y, m] = isoToParts(iso);
  const t = Date.UTC(y, m - 1 + plusMonths + 1, 0);
  return new Date(t).toISOString().slice(0, 10);
}
export const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
export const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
const p2 = (n: number): string => String(n).padStart(2, '0');

export type DateStyle = 'dmy' | 'dmy-short' | 'dm-yy' | 'long' | 'long-pad' | 'wd-long' | 'wd-dmy' | 'd.m.yyyy';
export function fmtDate(iso: string, style: DateStyle): string {
  const [y, m, d] = isoToParts(iso);
  const mon = MONTHS[m - 1] ?? '';
  const wd = WEEKDAYS[weekday(iso)] ?? '';
  switch (style) {
    case 'dmy': return `${p2(d)}.${p2(m)}.${y}`;
    case 'dmy-short': return `${d}.${m}.${String(y).slice(2)}`;
    case 'dm-yy': return `${p2(d)}.${p2(m)}.${String(y).slice(2)}`;
    case 'long': return `${d}. ${mon} ${y}`;
    case 'long-pad': return `${p2(d)}. ${mon} ${y}`;
    case 'wd-long': return `${wd}, den ${d}. ${mon} ${y}`;
    case 'wd-dmy': return `${wd}, ${p2(d)}.${p2(m)}.${y}`;
    case 'd.m.yyyy': return `${d}.${m}.${y}`;
  }
}
export type TimeStyle = 'colon' | 'dot' | 'colon-uhr' | 'dot-uhr' | 'short-uhr';
export function fmtTime(hhmm: string, style: TimeStyle): string {
  const [h, m] = hhmm.split(':');
  const hn = Number(h);
  switch (style) {
    case 'colon': return hhmm;
    case 'dot': return `${h}.${m}`;
    case 'colon-uhr': return `${hhmm} Uhr`;
    case 'dot-uhr': return `${hn}.${m} Uhr`;
    case 'short-uhr': return m === '00' ? `${hn} Uhr` : `${hn}.${m} Uhr`;
  }
}

// ---------- money ----------
export type MoneyStyle = 'eur-sign' | 'EUR' | 'pre-sign' | 'Euro' | 'bare' | 'EUR-pre';
export function fmtMoney(cents: number, style: MoneyStyle): string {
  const e = Math.floor(cents / 100);
  const c = p2(cents % 100);
  const dotted = String(e).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  switch (style) {
    case 'eur-sign': return `${dotted},${c} €`;
    case 'EUR': return `${dotted},${c} EUR`;
    case 'pre-sign': return `€ ${dotted},${c}`;
    case 'Euro': return `${e},${c} Euro`;
    case 'bare': return `${dotted},${c}`;
    case 'EUR-pre': return `EUR ${dotted},${c}`;
  }
}

// ---------- matching ----------
export function norm(s: string): string {
  return s
    .replace(/ß/g, 'ss').replace(/ẞ/g, 'SS')
    .replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .normalize('NFKD').replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‐‑–—]/g, '-')
    .replace(/\s+/g, ' ');
}
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
function hasToken(text: string, token: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${esc(norm(token))}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

export function datePatterns(iso: string): RegExp[] {
  const [y, m, d] = isoToParts(iso);
  const yy = String(y).slice(2);
  const mon = norm(MONTHS[m - 1] ?? '');
  const D = `0?${d}`;
  const M = `0?${m}`;
  return [
    new RegExp(`(?<![\\d.])${D}\\. ?${M}\\. ?(${y}|${yy})(?!\\d)`),
    new RegExp(`(?<![\\d.])${D}\\. ?${mon} ${y}(?!\\d)`),
    new RegExp(`${y}-${p2(m)}-${p2(d)}`),
  ];
}
export function hasDate(text: string, iso: string): boolean {
  const t = norm(text);
  return datePatterns(iso).some((r) => r.test(t));
}
export function hasMoney(text: string, cents: number): boolean {
  const t = norm(text);
  const e = Math.floor(cents / 100);
  const c = p2(cents % 100);
  const dotted = String(e).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const ints = `(${esc(dotted)}|${e})`;
  const rs = [new RegExp(`(?<![\\d.,])${ints},${c}(?!\\d)`)];
  if (c === '00') rs.push(new RegExp(`(?<![\\d.,])${ints}(,-{1,2})?(?![\\d,]|\\.\\d)\\s?(€|eur|euro)`));
  return rs.some((r) => r.test(t));
}
export function hasTime(text: string, hhmm: string): boolean {
  const t = norm(text);
  const [h, m] = hhmm.split(':');
  const hn = Number(h);
  const H = `0?${hn}`;
  const rs = [new RegExp(`(?<![\\d.:])${H}[:.]${m}(?!\\d)`)];
  if (m === '00') rs.push(new RegExp(`(?<![\\d.:,])${H} uhr`));
  return rs.some((r) => r.test(t));
}
export function compact(s: string): string {
  return norm(s).replace(/\s+/g, '');
}
export function hasFileNumber(text: string, fn: string): boolean {
  return compact(text).includes(compact(fn));
}
export function streetVariants(street: string): string[] {
  const v = [street];
  if (/straße$/i.test(street)) v.push(street.replace(/(S|s)traße$/, '$1tr.'));
  if (/Straße$/.test(street)) v.push(street.replace(/ Straße$/, ' Str.'));
  return [...new Set(v)];
}
export type Addr = { street: string; houseNumber: string; postalCode: string; city: string; addition: string | null };
export function hasAddress(text: string, a: Addr): { ok: boolean; why: string } {
  const t = norm(text);
  const hn = a.houseNumber.split('').map((ch) => esc(norm(ch))).join('\\s?');
  const streetOk = streetVariants(a.street).some((s) => new RegExp(`${esc(norm(s))}\\s?,?\\s?${hn}(?![\\p{L}\\p{N}])`, 'u').test(t));
  if (!streetOk) return { ok: false, why: `street+houseNumber "${a.street} ${a.houseNumber}"` };
  if (!new RegExp(`(?<!\\d)${a.postalCode}\\s${esc(norm(a.city))}`).test(t)) return { ok: false, why: `postal+city "${a.postalCode} ${a.city}"` };
  if (a.addition && !t.includes(norm(a.addition))) return { ok: false, why: `addition "${a.addition}"` };
  return { ok: true, why: '' };
}
export function hasName(text: string, name: string): boolean {
  const t = norm(text);
  return name.split(/\s+/).every((tok) => hasToken(t, tok));
}
export function hasPhrase(text: string, phrase: string): boolean {
  return norm(text).includes(norm(phrase));
}

export type Fields = {
  court: string | null;
  fileNumber: string | null;
  relatedFileNumbers: string[] | null;
  tenants: { name: string; birthDate: string | null }[] | null;
  address: Addr | null;
  landlord: string | null;
  claimReceived: string | null;
  claimServed: string | null;
  monthlyRent: number | null;
  arrears: number | null;
  hearing: { date: string; time: string | null; room: string | null } | null;
  evictionDate: { date: string; time: string | null } | null;
  judgmentKind: 'raeumungsurteil' | 'versaeumnisurteil' | 'anerkenntnisurteil' | null;
  judgmentDate: string | null;
  vacateDeadline: string | null;
  ordinaryTermination: boolean | null;
};
export const FIELD_KEYS: (keyof Fields)[] = ['court', 'fileNumber', 'relatedFileNumbers', 'tenants', 'address', 'landlord', 'claimReceived', 'claimServed', 'monthlyRent', 'arrears', 'hearing', 'evictionDate', 'judgmentKind', 'judgmentDate', 'vacateDeadline', 'ordinaryTermination'];

const ORDINARY_RE = /(?<!ausser)ordentlich/;

/** Returns null when the value is found on the text, else a reason. */
export function fieldOnText<K extends keyof Fields>(key: K, value: NonNullable<Fields[K]>, text: string): string | null {
  const t = norm(text);
  switch (key) {
    case 'court': return hasPhrase(t, value as string) ? null : `court "${value as string}"`;
    case 'fileNumber': return hasFileNumber(t, value as string) ? null : `fileNumber "${value as string}"`;
    case 'relatedFileNumbers': {
      const miss = (value as string[]).filter((f) => !hasFileNumber(t, f));
      return miss.length ? `relatedFileNumbers ${miss.join(', ')}` : null;
    }
    case 'tenants': {
      for (const p of value as { name: string; birthDate: string | null }[]) {
        if (!hasName(t, p.name)) return `tenant name "${p.name}"`;
        if (p.birthDate && !hasDate(t, p.birthDate)) return `tenant birthDate ${p.birthDate}`;
      }
      return null;
    }
    case 'address': { const r = hasAddress(t, value as Addr); return r.ok ? null : `address ${r.why}`; }
    case 'landlord': return hasPhrase(t, value as string) ? null : `landlord "${value as string}"`;
    case 'claimReceived': case 'claimServed': case 'judgmentDate': case 'vacateDeadline':
      return hasDate(t, value as string) ? null : `${key} ${value as string}`;
    case 'monthlyRent': case 'arrears': return hasMoney(t, value as number) ? null : `${key} ${value as number}`;
    case 'hearing': {
      const h = value as { date: string; time: string | null; room: string | null };
      if (!hasDate(t, h.date)) return `hearing date ${h.date}`;
      if (h.time && !hasTime(t, h.time)) return `hearing time ${h.time}`;
      if (h.room && !hasPhrase(t, h.room)) return `hearing room "${h.room}"`;
      return null;
    }
    case 'evictionDate': {
      const e = value as { date: string; time: string | null };
      if (!hasDate(t, e.date)) return `evictionDate date ${e.date}`;
      if (e.time && !hasTime(t, e.time)) return `evictionDate time ${e.time}`;
      return null;
    }
    case 'judgmentKind': {
      const k = value as string;
      const word = k === 'versaeumnisurteil' ? 'versaumnisurteil' : k === 'anerkenntnisurteil' ? 'anerkenntnisurteil' : 'urteil';
      return t.includes(word) ? null : `judgmentKind ${k}`;
    }
    case 'ordinaryTermination':
      if (value === true) return ORDINARY_RE.test(t) ? null : 'ordinaryTermination true but no ordinary termination printed';
      return ORDINARY_RE.test(t) ? 'ordinaryTermination false but an ordinary termination is printed' : null;
  }
  return `unknown field ${String(key)}`;
}

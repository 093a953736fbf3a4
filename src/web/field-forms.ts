/**
 * The edit-in-place forms of the case view: a field's value as raw input strings, the inputs
 * for it, and the submitted strings back to a value (validated afterwards with the zod schema
 * of the extraction contract by the review actions).
 */
import type { CaseFieldName } from '../core/cases/merge-fields.js';
import type { Address, EvictionDate, Hearing, Tenant } from '../core/extraction.schema.js';
import { DATE_HINT, DATE_PATTERN, germanDateInput, parseGermanDate, parseGermanTime, TIME_HINT, TIME_PATTERN } from './german-input.js';
import { html, type SafeHtml } from './html.js';
import { JUDGMENT_KIND_LABELS } from './views/format.js';

export type RawForm = Record<string, string>;

const MONEY_FIELDS = new Set<CaseFieldName>(['monthlyRent', 'arrears']);
const DATE_FIELDS = new Set<CaseFieldName>(['claimReceived', 'claimServed', 'judgmentDate', 'vacateDeadline']);
const MAX_TENANTS = 8;

function centsToInput(cents: number): string {
  return `${Math.trunc(cents / 100).toLocaleString('de-DE')},${String(cents % 100).padStart(2, '0')}`;
}

/** "1.234,56", "1234,56", "1234.56", "650" → cents; undefined when it is not an amount. */
export function parseEuroInput(text: string): number | undefined {
  let t = text.replace(/\s|€|eur(o)?/gi, '');
  if (t === '') return undefined;
  if (t.includes(',')) t = t.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(t)) t = t.replace(/\./g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return undefined;
  return Math.round(Number(t) * 100);
}

/**
 * The keys of the text inputs of a field's form (the parts click to fill can fill): the keys of rawOf
 * plus the empty row for one more tenant. Select fields (judgment kind, ordinary termination) have none.
 */
export function textInputKeys(name: CaseFieldName): readonly string[] {
  switch (name) {
    case 'tenants':
      return Array.from({ length: MAX_TENANTS }, (_, i) => [`name${i}`, `birth${i}`]).flat();
    case 'address':
      return ['street', 'houseNumber', 'postalCode', 'city', 'addition'];
    case 'hearing':
      return ['date', 'time', 'room'];
    case 'evictionDate':
      return ['date', 'time'];
    case 'judgmentKind':
    case 'ordinaryTermination':
      return [];
    default:
      return ['v'];
  }
}

/** The value as the strings the inputs show. */
export function rawOf(name: CaseFieldName, value: unknown): RawForm {
  if (value === null || value === undefined) return {};
  switch (name) {
    case 'tenants': {
      const raw: RawForm = {};
      (value as Tenant[]).forEach((t, i) => {
        raw[`name${i}`] = t.name;
        raw[`birth${i}`] = t.birthDate ? germanDateInput(t.birthDate) : '';
      });
      return raw;
    }
    case 'address': {
      const a = value as Address;
      return { street: a.street, houseNumber: a.houseNumber, postalCode: a.postalCode, city: a.city, addition: a.addition ?? '' };
    }
    case 'hearing': {
      const h = value as Hearing;
      return { date: germanDateInput(h.date), time: h.time ?? '', room: h.room ?? '' };
    }
    case 'evictionDate': {
      const e = value as EvictionDate;
      return { date: germanDateInput(e.date), time: e.time ?? '' };
    }
    case 'ordinaryTermination':
      return { v: value ? 'ja' : 'nein' };
    default:
      if (DATE_FIELDS.has(name)) return { v: germanDateInput(String(value)) };
      return { v: MONEY_FIELDS.has(name) ? centsToInput(value as number) : String(value) };
  }
}

const get = (raw: RawForm, key: string) => (raw[key] ?? '').trim();
const orNull = (text: string) => (text === '' ? null : text);

export type ParsedField = { ok: true; value: unknown } | { ok: false; messages: string[] };

const DATE_MESSAGE = (what: string) => `${what} bitte als ${DATE_HINT} eingeben, z. B. 23.09.2025.`;
const TIME_MESSAGE = `Uhrzeit bitte als ${TIME_HINT} eingeben, z. B. 09:30.`;

/** A typed date → ISO; '' stays null; anything else adds a message. */
function dateOf(text: string, what: string, messages: string[]): string | null {
  if (text === '') return null;
  const iso = parseGermanDate(text);
  if (!iso) messages.push(DATE_MESSAGE(what));
  return iso ?? null;
}

function timeOf(text: string, messages: string[]): string | null {
  if (text === '') return null;
  const time = parseGermanTime(text);
  if (!time) messages.push(TIME_MESSAGE);
  return time ?? null;
}

const result = (value: unknown, messages: string[]): ParsedField => (messages.length > 0 ? { ok: false, messages } : { ok: true, value });

/**
 * Submitted strings → the field's value; all inputs empty → null (clear the field). Dates are typed
 * the German way (TT.MM.JJJJ) and times as HH:MM whatever the browser's language; they are checked here.
 */
export function parseFieldForm(name: CaseFieldName, raw: RawForm): ParsedField {
  const messages: string[] = [];
  switch (name) {
    case 'tenants': {
      const tenants: Tenant[] = [];
      for (let i = 0; i < MAX_TENANTS; i++) {
        const tenantName = get(raw, `name${i}`).replace(/\s+/g, ' ');
        if (tenantName) tenants.push({ name: tenantName, birthDate: dateOf(get(raw, `birth${i}`), `Geburtsdatum (Name ${i + 1})`, messages) });
      }
      return result(tenants.length > 0 ? tenants : null, messages);
    }
    case 'address': {
      const keys = ['street', 'houseNumber', 'postalCode', 'city', 'addition'];
      if (keys.every((k) => get(raw, k) === '')) return { ok: true, value: null };
      return {
        ok: true,
        value: { street: get(raw, 'street'), houseNumber: get(raw, 'houseNumber'), postalCode: get(raw, 'postalCode'), city: get(raw, 'city'), addition: orNull(get(raw, 'addition')) },
      };
    }
    case 'hearing': {
      if (!get(raw, 'date') && !get(raw, 'time') && !get(raw, 'room')) return { ok: true, value: null };
      if (!get(raw, 'date')) messages.push('Bitte das Datum des Termins eintragen.');
      const date = dateOf(get(raw, 'date'), 'Datum', messages);
      return result({ date, time: timeOf(get(raw, 'time'), messages), room: orNull(get(raw, 'room')) }, messages);
    }
    case 'evictionDate': {
      if (!get(raw, 'date') && !get(raw, 'time')) return { ok: true, value: null };
      if (!get(raw, 'date')) messages.push('Bitte das Datum der Räumung eintragen.');
      const date = dateOf(get(raw, 'date'), 'Datum', messages);
      return result({ date, time: timeOf(get(raw, 'time'), messages) }, messages);
    }
    case 'ordinaryTermination':
      return { ok: true, value: get(raw, 'v') === '' ? null : get(raw, 'v') === 'ja' };
    default: {
      const text = get(raw, 'v');
      if (text === '') return { ok: true, value: null };
      if (MONEY_FIELDS.has(name)) {
        const cents = parseEuroInput(text);
        return cents === undefined ? { ok: false, messages: ['Betrag bitte wie 1.234,56 eingeben.'] } : { ok: true, value: cents };
      }
      if (DATE_FIELDS.has(name)) return result(dateOf(text, 'Datum', messages), messages);
      return { ok: true, value: text };
    }
  }
}

interface InputSpec {
  key: string;
  label: string;
  type?: 'text' | 'date' | 'time';
  inputmode?: 'numeric' | 'decimal';
  autocomplete?: string;
  size?: number;
}

function input(fieldId: string, raw: RawForm, spec: InputSpec): SafeHtml {
  const id = `${fieldId}-${spec.key}`;
  // Dates and times are text inputs with a German pattern: a browser's own date input follows its language.
  const hint = spec.type === 'date' ? DATE_HINT : spec.type === 'time' ? TIME_HINT : undefined;
  const pattern = spec.type === 'date' ? DATE_PATTERN : spec.type === 'time' ? TIME_PATTERN : undefined;
  const inputmode = spec.inputmode ?? (hint ? 'numeric' : undefined);
  return html`<label class="sub" for="${id}"><span>${spec.label}${hint ? html` <span class="hint">(${hint})</span>` : ''}</span>
    <input id="${id}" name="${spec.key}" type="text" value="${raw[spec.key] ?? ''}" ${inputmode ? html`inputmode="${inputmode}"` : ''} ${
      hint ? html`placeholder="${hint}" pattern="${pattern}" title="${spec.type === 'date' ? 'Datum als TT.MM.JJJJ' : 'Uhrzeit als HH:MM'}" size="${spec.type === 'date' ? 10 : 5}"` : ''
    } autocomplete="off" spellcheck="false"></label>`;
}

function select(fieldId: string, raw: RawForm, label: string, options: [string, string][]): SafeHtml {
  const id = `${fieldId}-v`;
  return html`<label class="sub" for="${id}"><span>${label}</span><select id="${id}" name="v">
    ${options.map(([value, text]) => html`<option value="${value}" ${raw['v'] === value ? 'selected' : ''}>${text}</option>`)}
  </select></label>`;
}

/** The inputs of one field form (labels included; the form element is the view's). */
export function fieldInputs(name: CaseFieldName, fieldId: string, raw: RawForm): SafeHtml {
  switch (name) {
    case 'tenants': {
      const count = Math.min(MAX_TENANTS, Object.keys(raw).filter((k) => k.startsWith('name') && raw[k]).length + 1);
      const rows = Array.from({ length: count }, (_, i) =>
        html`<div class="row">${input(fieldId, raw, { key: `name${i}`, label: `Name ${i + 1}` })}${input(fieldId, raw, { key: `birth${i}`, label: 'geboren am', type: 'date' })}</div>`,
      );
      return html`${rows}`;
    }
    case 'address':
      return html`<div class="row">${input(fieldId, raw, { key: 'street', label: 'Straße' })}${input(fieldId, raw, { key: 'houseNumber', label: 'Nr.', size: 6 })}</div>
        <div class="row">${input(fieldId, raw, { key: 'postalCode', label: 'PLZ', inputmode: 'numeric', size: 6 })}${input(fieldId, raw, { key: 'city', label: 'Ort' })}</div>
        ${input(fieldId, raw, { key: 'addition', label: 'Zusatz (z. B. 2. OG links)' })}`;
    case 'hearing':
      return html`<div class="row">${input(fieldId, raw, { key: 'date', label: 'Datum', type: 'date' })}${input(fieldId, raw, { key: 'time', label: 'Uhrzeit', type: 'time' })}</div>
        ${input(fieldId, raw, { key: 'room', label: 'Saal' })}`;
    case 'evictionDate':
      return html`<div class="row">${input(fieldId, raw, { key: 'date', label: 'Datum', type: 'date' })}${input(fieldId, raw, { key: 'time', label: 'Uhrzeit', type: 'time' })}</div>`;
    case 'judgmentKind':
      return select(fieldId, raw, 'Art', [['', '—'], ...Object.entries(JUDGMENT_KIND_LABELS)]);
    case 'ordinaryTermination':
      return select(fieldId, raw, 'Erwähnt', [['', '—'], ['ja', 'ja'], ['nein', 'nein']]);
    default:
      if (DATE_FIELDS.has(name)) return input(fieldId, raw, { key: 'v', label: 'Datum', type: 'date' });
      if (MONEY_FIELDS.has(name)) return input(fieldId, raw, { key: 'v', label: 'Betrag in €', inputmode: 'decimal' });
      return input(fieldId, raw, { key: 'v', label: 'Wert' });
  }
}

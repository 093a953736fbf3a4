/**
 * Click to fill: where on a page the worker took the parts of a corrected field from. The client
 * script sends one hidden input `pos.<part>` per filled input (JSON `{ documentId, page, bbox }`).
 * They come from the browser, so each is checked here: the part is a text input of this field's
 * form and was not left empty, the document belongs to the case, the page is one of its pages, the
 * box lies in 0..1 page units. A position that fails is dropped; the correction itself never fails
 * for it.
 */
import { z } from 'zod';
import type { CaseFieldName } from '../core/cases/merge-fields.js';
import type { FieldPositions, PagePosition } from '../pipeline/review.actions.js';
import { textInputKeys, type RawForm } from './field-forms.js';

/** Name prefix of the hidden position inputs. */
export const POSITION_PREFIX = 'pos.';

const unit = z.number().finite().min(0).max(1);

const positionSchema = z
  .object({
    documentId: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/),
    page: z.number().int().min(1).max(100_000),
    bbox: z.tuple([unit, unit, unit, unit]),
  })
  .refine(({ bbox: [x0, y0, x1, y1] }) => x0 <= x1 && y0 <= y1);

/** The pages a document of this case shows (its first and last page number), or undefined when it is not one. */
export type CasePages = (documentId: string) => { first: number; last: number } | undefined;

function parsed(text: string): PagePosition | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const result = positionSchema.safeParse(json);
  return result.success ? { documentId: result.data.documentId, page: result.data.page, bbox: [...result.data.bbox] } : undefined;
}

/**
 * The valid positions among the submitted form strings of field `name`; `raw` are its submitted
 * values (a part submitted empty has no position).
 */
export function positionsFromForm(name: CaseFieldName, form: Record<string, unknown>, raw: RawForm, pagesOf: CasePages): FieldPositions {
  const positions: FieldPositions = {};
  for (const key of textInputKeys(name)) {
    const text = form[`${POSITION_PREFIX}${key}`];
    if (typeof text !== 'string' || text.length > 500 || (raw[key] ?? '').trim() === '') continue;
    const position = parsed(text);
    const pages = position && pagesOf(position.documentId);
    if (!position || !pages || position.page < pages.first || position.page > pages.last) continue;
    positions[key] = position;
  }
  return positions;
}

/** The submitted form without the position inputs: the strings the field's inputs carried. */
export function withoutPositions(raw: RawForm): RawForm {
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !key.startsWith(POSITION_PREFIX)));
}

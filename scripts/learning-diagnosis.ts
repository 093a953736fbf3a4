/**
 * What each remembered place read on a document of a tuned source, beside the truth and the extractor's reading:
 * the classes of what goes wrong when the desk learns (a memory that reads another value where the extractor was
 * right, one that reads the truth where the extractor was wrong but is not used, …). For `eval:learning --detail`
 * on tuned sources only: it prints values.
 */
import type { Gazetteer } from '../src/core/gazetteer.js';
import { partValues } from '../src/core/learn/field-parts.js';
import { isReliable, memoryConfidence, readPart } from '../src/core/learn/layout-memory.js';
import type { Page } from '../src/core/page.js';
import { memoryOf, resolveSender, senderOf } from '../src/pipeline/learn.stage.js';
import type { LayoutMemoryStore } from '../src/pipeline/store.port.js';

export interface RowReading {
  field: string;
  part: string;
  read: string | null;
  truth: string | null;
  extracted: string | null;
  /** The memory's own labels were found again (else it read at its remembered box). */
  anchored: boolean;
  reliable: boolean;
  confidence: number;
  extractedConfidence?: number;
}

export function diagnose(
  layout: Pick<LayoutMemoryStore, 'forSender' | 'senders'>,
  pages: readonly Page[],
  truth: Record<string, unknown>,
  extracted: Record<string, unknown>,
  gazetteer: Gazetteer,
): RowReading[] {
  const own = senderOf(pages);
  if (!own) return [];
  const rows = memoryOf(layout, resolveSender(layout, own).key);
  return rows.map((row) => {
    const lead = row.features.after === undefined ? undefined : rows.find((r) => r.field === row.field && r.part === row.features.after)?.features;
    const read = readPart(pages, row.features, gazetteer, lead);
    return {
      field: row.field,
      part: row.part,
      read: read?.value ?? null,
      truth: partValues(row.field, truth[row.field] ?? null)[row.part] ?? null,
      extracted: partValues(row.field, extracted[row.field] ?? null)[row.part] ?? null,
      anchored: read?.anchored ?? false,
      reliable: isReliable(row),
      confidence: Math.round(memoryConfidence(row) * 100) / 100,
    };
  });
}

/** The class of one reading (see the header). */
export function classOf(r: RowReading): string {
  if (r.read === null) return r.extracted === r.truth ? 'nichts gelesen, Extraktor richtig' : 'nichts gelesen, Extraktor falsch';
  const memoryRight = r.read === r.truth;
  const extractorRight = r.extracted === r.truth;
  const use = r.reliable ? 'verlässlich' : 'unerprobt';
  if (memoryRight && extractorRight) return `beide richtig`;
  if (memoryRight) return `nur Gedächtnis richtig (${use})`;
  if (extractorRight) return `nur Extraktor richtig (${use}, ${r.anchored ? 'Label gefunden' : 'ohne Label'})`;
  return `beide falsch (${use})`;
}

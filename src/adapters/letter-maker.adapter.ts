import { DRAFT_MARK, unsetSenderFields } from '../config/sender-setup.js';
import { IntakeError } from '../core/errors.js';
import { buildLetter, type LetterContent, type SenderDetails } from '../core/letter/index.js';
import type { LetterMaker, LetterModel } from '../pipeline/ports.js';
import { createLetterPdfRenderer } from './letter-pdf.adapter.js';
import { loadTemplates } from './template-store.adapter.js';

/**
 * Templates (validated once, at start) plus the DIN 5008 PDF renderer behind the pipeline's
 * LetterMaker port. The sender comes from configuration and is added here, not by the pipeline;
 * a function is asked at each letter, so sender details saved in the web UI apply at once.
 * While the sender is still the example, every letter carries the draft mark.
 */
export async function createLetterMaker(options: {
  templatesDir: string;
  sender: SenderDetails | (() => SenderDetails);
  defaultVariant?: string;
}): Promise<LetterMaker> {
  const senderNow = typeof options.sender === 'function' ? options.sender : () => options.sender as SenderDetails;
  const isDraft = () => unsetSenderFields(senderNow()).length > 0;
  let templates = await loadTemplates(options.templatesDir);
  if (options.defaultVariant !== undefined && !templates.variants().includes(options.defaultVariant)) {
    throw new IntakeError(
      'CONFIG_INVALID',
      `Einstellung letters.defaultVariant (INTAKE_LETTER_VARIANT): Briefvariante "${options.defaultVariant}" gibt es nicht (vorhanden: ${templates.variants().join(', ')}).`,
    );
  }
  const renderer = createLetterPdfRenderer();
  return {
    variants: () => templates.variants(),
    async reload() {
      templates = await loadTemplates(options.templatesDir);
    },
    draft: isDraft,
    async make(model: LetterModel, variant: string) {
      const sender = senderNow();
      const built = buildLetter(templates.get(variant), { ...model, sender });
      if (!built.ok) return { ok: false, missing: built.missing };
      if (unsetSenderFields(sender).length > 0) built.letter.draftMark = DRAFT_MARK;
      const pdf = await renderer.render(built.letter);
      return { ok: true, pdf, contentJson: JSON.stringify(built.letter) };
    },
    combine(contentJsons: string[]) {
      return renderer.combine(contentJsons.map((json) => JSON.parse(json) as LetterContent));
    },
  };
}

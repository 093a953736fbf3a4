export { buildLetter, joinNames, salutation, type BuildLetterResult } from './letter.builder.js';
export { formatDate, formatMoney, formatTime, formatWeekday } from './german.format.js';
export { CONDITIONS, PLACEHOLDERS, parseTemplate, type Condition, type LetterTemplate, type Placeholder, type TemplateNode } from './template.parser.js';
export type { LetterBlock, LetterContent, LetterLanguage, LetterModel, SenderDetails } from './letter.types.js';

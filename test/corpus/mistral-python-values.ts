/**
 * Mistral objects as the Python SDK's model docs describe them, with what
 * each model's guard must say of them. The docs name a field the SDK escapes
 * with a trailing `_` (`format_`, `from_`); its key is the word. Checked
 * against the package generated from ../shared/corpora/mistral-python/docs by
 * `npm run test:corpus -- <docs> --values test/corpus/mistral-python-values.ts`.
 */
import type { ValueCase } from "./values.js";

const table = { id: "tbl-0", content: "| a | b |\n| - | - |\n| 1 | 2 |", format: "markdown" };

export const cases: ValueCase[] = [
  { model: "OCRTableObject", valid: true, why: "an OCR table, its `format_` sent as `format`", value: table },
  { model: "OCRTableObject", valid: true, why: "a format the open enum does not list", value: { ...table, format: "latex" } },
  { model: "OCRTableObject", valid: false, why: "a format that is no string", value: { ...table, format: 5 } },
  { model: "OCRTableObject", valid: false, why: "without its format", value: { id: "tbl-0", content: "x" } },
  { model: "OCRTableObject", valid: false, why: "the format under the SDK's attribute name only", value: { id: "tbl-0", content: "x", format_: "markdown" } },
];

/**
 * The parse stage: the bytes of one spec file in, a SpecDocument and its
 * diagnostics out. Pure and self-contained, so it can run in a worker and its
 * result can be cached by the file's content hash.
 */
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Point } from "../base/span.js";
import { exceedsMarkdownBudget } from "./markdown-budget.js";
import { markdown } from "./markdown.js";
import type { SpecDocument } from "./document.js";
import { isModelSpec, readSpecDocument } from "./spec-document.js";

export interface ParseResult {
  document: SpecDocument | undefined;
  diagnostics: Diagnostic[];
  /** Set for markdown that is not a model spec (an operation page, an index, a README): it has no models and no faults. */
  notAModel?: true;
}

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const START = { line: 1, column: 1 };

/** Parses a spec from its bytes; `file` is its path relative to the specs root. */
export function parseSpec(file: string, bytes: Uint8Array): ParseResult {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const message = `the file is not valid UTF-8 (byte 0x${bytes[at.offset]!.toString(16).padStart(2, "0")} at offset ${at.offset})`;
    return { document: undefined, diagnostics: [diagnostic(file, "invalid-encoding", message, at.point)] };
  }
  return parseSpecText(file, text);
}

/**
 * Parses a spec from its text. A leading byte order mark is ignored, and
 * Windows and old Mac line endings become `\n` first: descriptions and
 * examples are sliced from the source, and a CRLF file must read the same as
 * an LF one. Neither changes a line or column number an editor shows.
 */
export function parseSpecText(file: string, text: string): ParseResult {
  const source = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/gu, "\n");
  if (source.trim() === "") {
    return { document: undefined, diagnostics: [diagnostic(file, "empty-file", "the file is empty", START)] };
  }
  const excess = exceedsMarkdownBudget(source);
  if (excess) {
    const at = { line: excess.line, column: 1 };
    return { document: undefined, diagnostics: [diagnostic(file, "markdown-too-complex", excess.message, at)] };
  }
  try {
    const tree = markdown.parse(source);
    if (!isModelSpec(tree)) return { document: undefined, diagnostics: [], notAModel: true };
    return readSpecDocument(tree, source, file);
  } catch (error) {
    // The budget above keeps nesting well inside the stack; this is the last line of defence.
    if (!(error instanceof RangeError)) throw error;
    const message = "the markdown nests too deeply to read";
    return { document: undefined, diagnostics: [diagnostic(file, "markdown-too-complex", message, START)] };
  }
}

/**
 * Where decoding fails: after the longest prefix that decodes as a stream
 * (found by bisection), or at the start of a multi-byte sequence that prefix
 * leaves unfinished.
 */
function firstInvalidByte(bytes: Uint8Array): { offset: number; point: Point } {
  const decodes = (length: number, stream: boolean): boolean => {
    try {
      // As a stream, a prefix may end inside a character without failing.
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, length), { stream });
      return true;
    } catch {
      return false;
    }
  };
  let good = 0;
  let bad = bytes.length + 1;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (decodes(middle, true)) good = middle;
    else bad = middle;
  }
  const offset = decodes(good, false) ? good : lastSequenceStart(bytes.subarray(0, good));
  const before = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
  const lines = before.split(/\r\n?|\n/u);
  return { offset, point: { line: lines.length, column: lines[lines.length - 1]!.length + 1 } };
}

/** The start of the last (incomplete) multi-byte sequence. */
function lastSequenceStart(bytes: Uint8Array): number {
  let i = bytes.length - 1;
  while (i > 0 && (bytes[i]! & 0xc0) === 0x80) i--;
  return i;
}

/**
 * The parse stage: the bytes of one spec file in, a SpecDocument and its
 * diagnostics out. Pure and self-contained, so it can run in a worker and its
 * result can be cached by the file's content hash.
 */
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { readSpecDocument, type SpecDocument } from "./spec-document.js";

export interface ParseResult {
  document: SpecDocument | undefined;
  diagnostics: Diagnostic[];
}

const processor = unified().use(remarkParse).use(remarkGfm).freeze();
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const START = { line: 1, column: 1 };

/** Parses a spec from its bytes; `file` is its path relative to the specs root. */
export function parseSpec(file: string, bytes: Uint8Array): ParseResult {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { document: undefined, diagnostics: [diagnostic(file, "invalid-encoding", "the file is not valid UTF-8", START)] };
  }
  return parseSpecText(file, text);
}

/**
 * Parses a spec from its text (a leading byte order mark is ignored). Line
 * endings become `\n` first: descriptions and examples are sliced from the
 * source, and a CRLF file must read the same as an LF one. Lines and columns
 * do not change, as unist counts `\r\n` as one line ending.
 */
export function parseSpecText(file: string, text: string): ParseResult {
  const source = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/gu, "\n");
  if (source.trim() === "") {
    return { document: undefined, diagnostics: [diagnostic(file, "empty-file", "the file is empty", START)] };
  }
  const tree = processor.parse(source);
  const { document, diagnostics } = readSpecDocument(tree, source, file);
  return { document, diagnostics };
}

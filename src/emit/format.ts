/**
 * Formats generated sources with prettier, so output is stable and reads like
 * hand-written code. TypeScript goes through prettier's oxc parser: the same
 * layout as its default parser, at about two thirds of the cost.
 *
 * Much of a call's cost is per call, not per byte, so modules are formatted
 * several to a call (formatTypeScriptModules): prettier lays out each
 * top-level statement on its own, so a module's text comes out as it would
 * alone. The modules are joined by a line comment no generated line can be
 * (comment text is ` * `-prefixed, strings are escaped) and split at it again.
 *
 * Model modules come as their top-level parts (model-module.ts), printed in
 * prettier's layout wherever the layout*.ts modules can lay a statement out
 * within the print width. Only the parts prettier would change are
 * formatted (formatModuleParts): for the Mistral SDKs' docs, one part in 27,
 * 6 % of the text.
 */
import * as oxc from "@prettier/plugin-oxc";
import { format, util } from "prettier";
import { isLoneString } from "./layout.js";
import { PRETTIER_OPTIONS } from "./prettier-options.js";

export function formatTypeScript(source: string): Promise<string> {
  return format(source, { ...PRETTIER_OPTIONS, parser: "oxc-ts", plugins: [oxc] });
}

const BOUNDARY = "\n// ---- mdspec: the next module starts here ----\n";

/**
 * Sources a call. Fewer calls save less and less while a larger text costs
 * more than its share. The sources are mostly the parts of model modules
 * that need formatting: on mistral's 1,641 of them, 8 a call took 37 % less
 * time than one a call and 13 % less than 4; 16 and 32 saved no more.
 */
const SOURCES_A_CALL = 8;

/** Each source formatted as formatTypeScript formats it, in fewer prettier calls. */
export async function formatTypeScriptModules(sources: readonly string[]): Promise<string[]> {
  const formatted: string[] = [];
  for (let i = 0; i < sources.length; i += SOURCES_A_CALL) formatted.push(...(await formatTogether(sources.slice(i, i + SOURCES_A_CALL))));
  return formatted;
}

async function formatTogether(sources: readonly string[]): Promise<string[]> {
  // An empty module formats to nothing, which no boundary could tell apart.
  if (sources.length <= 1 || sources.some((source) => source.trim() === "")) return Promise.all(sources.map(formatTypeScript));
  try {
    const parts = (await formatTypeScript(sources.map((source) => source.trim()).join(BOUNDARY))).split(BOUNDARY);
    if (parts.length === sources.length) return parts.map((part, i) => (i < parts.length - 1 ? `${part}\n` : part));
  } catch {
    // Formatted one by one below: a module that cannot be formatted is then reported as its own.
  }
  return Promise.all(sources.map(formatTypeScript));
}

/** A model module's text from its top-level parts: the header and imports, then each declaration, a blank line apart. */
export function joinParts(parts: readonly string[]): string {
  return `${parts.join("\n\n")}\n`;
}

/**
 * Each module, given as its parts, as formatTypeScript formats it: a part
 * already in prettier's layout is kept as it is, and the others are
 * formatted, together, in as few calls as formatTypeScriptModules makes.
 */
export async function formatModuleParts(modules: ReadonlyArray<readonly string[]>): Promise<string[]> {
  const laidOut = modules.map((parts) => parts.map(isInPrettierLayout));
  const unsettled = modules.flatMap((parts, m) => parts.filter((_, p) => !laidOut[m]![p]));
  const formatted = (await formatTypeScriptModules(unsettled)).map((text) => text.trimEnd());
  let next = 0;
  return modules.map((parts, m) => joinParts(parts.map((part, p) => (laidOut[m]![p] ? part : formatted[next++]!))));
}

/**
 * Whether prettier would leave a part as the emitter printed it. ts-morph
 * puts each statement and member on a line of its own, as prettier does, and
 * layout.ts breaks what it can lay out as prettier breaks it; what prettier
 * changes beyond that is known:
 * - a code line still wider than the print width is broken (a comment line
 *   is never rewrapped, nor a string literal alone on its line);
 * - a string holding more double quotes than single ones is single-quoted,
 *   and a needless escape of a quote is dropped (literal.ts writes strings
 *   so; other text may still come with `\"` or `\'`);
 * - an empty body is closed on its line (`{}`);
 * - trailing space is trimmed, from any line.
 * The tests format generated packages and find nothing changed (test/emit/format.test.ts,
 * layout.property.test.ts, and the corpus acceptance run).
 */
export function isInPrettierLayout(part: string): boolean {
  if (/\\["']/u.test(part) || /\{\n\s*\}/u.test(part)) return false;
  for (const line of part.split("\n")) {
    if (line !== line.trimEnd()) return false;
    if (!isCommentLine(line) && !isLoneString(line) && util.getStringWidth(line) > PRETTIER_OPTIONS.printWidth) return false;
  }
  return true;
}

/** A line of a `//` or JSDoc comment: ts-morph starts every line of one so, and no line of code. */
function isCommentLine(line: string): boolean {
  const start = line.trimStart();
  return start.startsWith("//") || start.startsWith("/*") || start.startsWith("*");
}

/**
 * The layout the emitter writes TypeScript in, which is prettier's. ts-morph
 * prints each statement and member on a line of its own, as prettier does;
 * what may not fit on a line is laid out here, as prettier breaks it, in
 * function bodies (layout-statements.ts) and at the top level
 * (layout-declarations.ts). Whatever cannot be laid out within the print
 * width is left on one line, and the part that holds it is formatted by
 * prettier (format.ts).
 */
import { util } from "prettier";
import { PRETTIER_OPTIONS } from "./prettier-options.js";
import { printStructure, StructureKind, type JSDocStructure, type OptionalKind } from "./ts-morph.js";

/** ts-morph's settings: two spaces a level, as prettier indents. */
export const PRINT_OPTIONS = { indentNumberOfSpaces: 2 } as const;

/** One level of indentation. */
export const INDENT = " ".repeat(PRINT_OPTIONS.indentNumberOfSpaces);

/** Whether `line`, at `level` levels of indentation, fits the print width. */
export function fits(line: string, level: number): boolean {
  return level * INDENT.length + util.getStringWidth(line) <= PRETTIER_OPTIONS.printWidth;
}

/**
 * Whether a line holds a string literal alone, an argument or element (with
 * its comma): prettier cannot break it, and leaves it on its line however
 * wide.
 */
export function isLoneString(line: string): boolean {
  return LONE_STRING.test(line);
}

const LONE_STRING = /^\s*(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'),?$/u;

/** Whether every line fits the print width at the top level. */
export function allFit(lines: readonly string[]): boolean {
  return lines.every((line) => fits(line, 0));
}

/** A top-level declaration laid out as `lines`, below its docs as ts-morph prints them. */
export function declarationText(docs: ReadonlyArray<string | OptionalKind<JSDocStructure>> | undefined, lines: readonly string[]): string {
  const comments = (docs ?? []).map((doc) =>
    printStructure(typeof doc === "string" ? { kind: StructureKind.JSDoc, description: doc } : { ...doc, kind: StructureKind.JSDoc }, PRINT_OPTIONS),
  );
  return [...comments, ...lines].join("\n");
}

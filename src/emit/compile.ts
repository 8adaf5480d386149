/**
 * Turns the package's TypeScript sources into what Node and TypeScript
 * consumers load: JavaScript and declaration files. Each module is compiled
 * on its own: the generated code is written for isolated declarations, so
 * types are stripped and declarations derived without a program or a
 * type-check. oxc does both in native code, which keeps this step a small
 * fraction of a run even for tens of thousands of modules.
 */
import { isolatedDeclarationSync, transformSync } from "oxc-transform";
import { hiddenShown } from "../base/hidden-text.js";

export interface CompiledModule {
  js: string;
  dts: string;
}

export function compileModule(fileName: string, source: string): CompiledModule {
  const js = transformSync(fileName, source, { sourceType: "module", target: "es2022" });
  const declaration = isolatedDeclarationSync(fileName, source, { stripInternal: false });
  const problems = [...js.errors, ...declaration.errors];
  if (problems.length > 0) {
    // The emitter writes every export with an explicit type; a failure here is a bug in mdspec, not in a spec.
    throw new Error(`cannot compile ${fileName}: ${problems.map((p) => p.message).join("; ")}`);
  }
  // oxc prints a string's escapes as the characters they stand for: those that would hide in the code are escaped
  // again, as the TypeScript sources have them (base/hidden-text.ts). Escaped, each stands for itself in a string, a
  // template or a comment, the only places the sources hold one.
  return { js: hiddenShown(alignComments(js.code)), dts: hiddenShown(alignComments(declaration.code)) };
}

/**
 * Lines up the inner lines of block comments under their opening `/**`, as
 * the TypeScript sources have them: oxc prints each inner line at the
 * start of the line (`* text`), so in the JavaScript and the declarations
 * a comment's lines would stand left of its `/**`. The comments are the
 * emitter's own JSDoc, whose every inner line starts with `*`, and a
 * comment starts a line of its own; text in strings is never touched.
 */
export function alignComments(code: string): string {
  const lines = code.split("\n");
  let indent: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (indent === undefined) {
      const opening = /^([ \t]*)\/\*\*(?!.*\*\/)/u.exec(line);
      if (opening) indent = `${opening[1]} `;
    } else {
      if (/^[ \t]*\*/u.test(line)) lines[i] = indent + line.trimStart();
      if (line.includes("*/")) indent = undefined;
    }
  }
  return lines.join("\n");
}

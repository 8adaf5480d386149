/**
 * Formats generated sources with prettier, so output is stable and reads like
 * hand-written code. TypeScript goes through prettier's oxc parser: the same
 * layout as its default parser, at about two thirds of the cost.
 */
import * as oxc from "@prettier/plugin-oxc";
import { format } from "prettier";
import { PRETTIER_OPTIONS } from "./prettier-options.js";

export function formatTypeScript(source: string): Promise<string> {
  return format(source, { ...PRETTIER_OPTIONS, parser: "oxc-ts", plugins: [oxc] });
}

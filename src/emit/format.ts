/** Formats generated sources with prettier, so output is stable and reads like hand-written code. */
import { format } from "prettier";

const options = { printWidth: 100, trailingComma: "all", proseWrap: "preserve" } as const;

export function formatTypeScript(source: string): Promise<string> {
  return format(source, { ...options, parser: "typescript" });
}

export function formatMarkdown(source: string): Promise<string> {
  return format(source, { ...options, parser: "markdown" });
}

/**
 * Shows diagnostics the way unified tools do: grouped by file, one line per
 * message with line:column, severity, message and rule id, and the hint on
 * the line below. Or as JSON, for editors and CI.
 */
import { join, relative } from "node:path";
import { VFile } from "vfile";
import { reporter } from "vfile-reporter";
import { hiddenShown } from "../base/hidden-text.js";
import { startOf, type Diagnostic } from "./diagnostic.js";

export interface ReportOptions {
  /** The specs folder, to show paths relative to the working directory. */
  specsRoot: string;
  color: boolean;
}

export function reportText(diagnostics: readonly Diagnostic[], options: ReportOptions): string {
  if (diagnostics.length === 0) return "";
  const files = new Map<string, VFile>();
  for (const d of diagnostics) {
    // Spec text is shown, never run: a terminal would run the ESC sequences a field's name may hold.
    const path = hiddenShown(displayPath(d.file, options.specsRoot));
    let file = files.get(path);
    if (!file) {
      file = new VFile({ path });
      files.set(path, file);
    }
    const message = file.message(hiddenShown(d.message), { place: d.at, ruleId: d.rule, source: "mdspec" });
    message.fatal = d.severity === "error" ? true : false;
    if (d.hint !== undefined) message.note = hiddenShown(d.hint);
  }
  return reporter([...files.values()], { color: options.color, verbose: true });
}

export function reportJson(diagnostics: readonly Diagnostic[], options: ReportOptions): string {
  const plain = diagnostics.map((d) => {
    const start = startOf(d.at);
    return {
      file: displayPath(d.file, options.specsRoot),
      line: start.line,
      column: start.column,
      ...("end" in d.at && { endLine: d.at.end.line, endColumn: d.at.end.column }),
      severity: d.severity,
      rule: d.rule,
      message: d.message,
      hint: d.hint,
    };
  });
  return JSON.stringify(plain, null, 2);
}

function displayPath(file: string, specsRoot: string): string {
  return relative(process.cwd(), join(specsRoot, file)) || file;
}

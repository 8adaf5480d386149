/**
 * The text report shows spec text, never runs it: a field's name may hold a
 * terminal's ESC sequences or a bidirectional control.
 */
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { reportJson, reportText } from "../../src/diagnostics/report.js";

const hostile: Diagnostic = {
  file: "models/a\u001b[2K.md",
  rule: "duplicate-field",
  severity: "error",
  message: 'field "total\u001b[2K\u001b[1A\u001b]0;pwned\u0007\u202e" is already defined at line 8',
  hint: "Rename one of them\u009b.",
  at: { line: 9, column: 3 },
};

describe("the text report", () => {
  it("shows control characters and bidirectional controls as escapes", () => {
    const text = reportText([hostile], { specsRoot: "/specs", color: false });
    expect(text).not.toMatch(/[\u0007\u001b\u009b\u202e]/u);
    expect(text).toContain('field "total\\u001b[2K\\u001b[1A\\u001b]0;pwned\\u0007\\u202e" is already defined at line 8');
    expect(text).toContain("Rename one of them\\u009b.");
    expect(text).toContain("a\\u001b[2K.md");
  });

  it("leaves the JSON report to JSON's own escapes, which keep the text exact", () => {
    const [entry] = JSON.parse(reportJson([hostile], { specsRoot: "/specs", color: false })) as Array<{ message: string }>;
    expect(entry!.message).toBe(hostile.message);
  });
});

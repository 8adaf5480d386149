/**
 * Small spec folders written for one test: a temporary folder with the given
 * files, and builders that keep a spec's markdown readable in the test.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export interface SpecFolder {
  /** The folder holding `specs/`; tests put their output folders here too. */
  root: string;
  specs: string;
  remove(): void;
}

/** Writes `files` (path inside the specs folder → text or bytes) to a fresh temporary folder. */
export function specFolder(files: Record<string, string | Uint8Array>): SpecFolder {
  const root = mkdtempSync(join(tmpdir(), "mdspec-specs-"));
  const specs = join(root, "specs");
  mkdirSync(specs);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(specs, path)), { recursive: true });
    writeFileSync(join(specs, path), content);
  }
  return { root, specs, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * A model spec with a `Field | Type | Required | Description` table. Each
 * row is `[name, type, required?, description?]`, written as in the docs:
 * the name in backticks, ✓ or ➖ for required. The table starts on line 5,
 * its first row on line 7.
 */
export function fieldsSpec(name: string, rows: Array<[string, string, boolean?, string?]>): string {
  const lines = [
    `# ${name}`,
    "",
    "## Fields",
    "",
    "| Field | Type | Required | Description |",
    "| --- | --- | --- | --- |",
    ...rows.map(([field, type, required = true, description = "N/A"]) => {
      const mark = required ? ":heavy_check_mark:" : ":heavy_minus_sign:";
      return `| \`${field}\` | ${type} | ${mark} | ${description} |`;
    }),
  ];
  return lines.join("\n") + "\n";
}

/** An enum spec with a bullet list of JSON values. */
export function valuesSpec(name: string, values: Array<string | number>): string {
  return [`# ${name}`, "", "## Values", "", ...values.map((v) => `- \`${JSON.stringify(v)}\``)].join("\n") + "\n";
}

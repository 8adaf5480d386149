/**
 * The tool's key changes with its code and templates, not only its version:
 * a run of a changed mdspec never takes the output for up to date.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BUILD_KEY_FILE, buildRecord, toolKey } from "../../src/cache/tool-key.js";

let root: string;
let folders: { code: string; templates: string };

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "mdspec-tool-"));
  folders = { code: join(root, "dist"), templates: join(root, "templates") };
  mkdirSync(join(folders.code, "emit"), { recursive: true });
  mkdirSync(join(folders.templates, "docs"), { recursive: true });
  writeFileSync(join(folders.code, "emit/emit.js"), "export const a = 1;\n");
  writeFileSync(join(folders.templates, "runtime.ts"), "export const b = 2;\n");
  writeFileSync(join(folders.templates, "docs/model.md.eta"), "# <%= it.name %>\n");
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("toolKey", () => {
  it("is the same for the same version, code and templates", () => {
    expect(toolKey("1.0.0", folders)).toBe(toolKey("1.0.0", folders));
  });

  it("changes with the version, a module of the code, a template, and a file added", () => {
    const before = toolKey("1.0.0", folders);
    expect(toolKey("1.0.1", folders)).not.toBe(before);
    writeFileSync(join(folders.code, "emit/emit.js"), "export const a = 2;\n");
    const changedCode = toolKey("1.0.0", folders);
    expect(changedCode).not.toBe(before);
    writeFileSync(join(folders.templates, "docs/model.md.eta"), "## <%= it.name %>\n");
    const changedTemplate = toolKey("1.0.0", folders);
    expect(changedTemplate).not.toBe(changedCode);
    writeFileSync(join(folders.code, "emit/more.js"), "");
    expect(toolKey("1.0.0", folders)).not.toBe(changedTemplate);
  });

  it("does not change with files that are not code or templates (source maps, declarations, notes)", () => {
    const before = toolKey("1.0.0", folders);
    writeFileSync(join(folders.code, "emit/emit.js.map"), "{}");
    writeFileSync(join(folders.code, "emit/emit.d.ts"), "export declare const a = 1;\n");
    writeFileSync(join(folders.templates, "NOTES.txt"), "x");
    expect(toolKey("1.0.0", folders)).toBe(before);
  });
});

describe("the key a build records", () => {
  const past = new Date("2020-01-01T00:00:00Z");
  const later = new Date("2020-01-02T00:00:00Z");
  const record = () => join(folders.code, BUILD_KEY_FILE);
  /** Dates every file of the tool before `time`: as a build leaves them, the record written last. */
  function dateFiles(time = past): void {
    for (const file of ["emit/emit.js"]) utimesSync(join(folders.code, file), time, time);
    for (const file of ["runtime.ts", "docs/model.md.eta"]) utimesSync(join(folders.templates, file), time, time);
  }
  /** Writes the record as the build does (`text`: another record, to see which one a run reads). */
  function writeRecord(text = buildRecord(folders)): void {
    dateFiles();
    writeFileSync(record(), text);
    utimesSync(record(), later, later);
  }

  it("gives the same key as the code's bytes do", () => {
    const hashed = toolKey("1.0.0", folders);
    writeRecord();
    expect(toolKey("1.0.0", folders)).toBe(hashed);
  });

  it("is read in place of the bytes where every file it lists is there, older than the record, and no other is", () => {
    const hashed = toolKey("1.0.0", folders);
    // A record of other bytes, for the same files: a run that reads the record, not the bytes, takes its key.
    writeRecord(buildRecord(folders).replace(/^[^\n]*/u, "another build"));
    const recorded = toolKey("1.0.0", folders);
    expect(recorded).not.toBe(hashed);
    // A file added, or one gone, is no longer the code the record is of: the bytes decide.
    writeFileSync(join(folders.templates, "docs/page.md.eta"), "");
    utimesSync(join(folders.templates, "docs/page.md.eta"), past, past);
    expect(toolKey("1.0.0", folders)).not.toBe(recorded);
    unlinkSync(join(folders.templates, "docs/page.md.eta"));
    expect(toolKey("1.0.0", folders)).toBe(recorded);
    unlinkSync(join(folders.templates, "runtime.ts"));
    expect(toolKey("1.0.0", folders)).toBe(toolKeyWithoutRecord());
  });

  it("lets the bytes decide for a file as new as the record or newer, and dates a record of the same bytes anew", () => {
    writeRecord();
    const before = toolKey("1.0.0", folders);
    // An edit after the build, however its time is set: a file as new as the record counts as changed.
    writeFileSync(join(folders.code, "emit/emit.js"), "export const a = 2;\n");
    utimesSync(join(folders.code, "emit/emit.js"), later, later);
    const patched = toolKey("1.0.0", folders);
    expect(patched).not.toBe(before);
    expect(patched).toBe(toolKeyWithoutRecord());
    // An install dates every file anew: the bytes are the recorded ones, and the record is dated after them.
    writeRecord();
    dateFiles(new Date("2020-01-03T00:00:00Z"));
    expect(toolKey("1.0.0", folders)).toBe(toolKeyWithoutRecord());
    expect(statSync(record()).mtimeMs).toBeGreaterThan(new Date("2020-01-03T00:00:00Z").getTime());
  });

  /** The key from the bytes alone. */
  function toolKeyWithoutRecord(): string {
    const text = readFileSync(record(), "utf8");
    unlinkSync(record());
    try {
      return toolKey("1.0.0", folders);
    } finally {
      writeFileSync(record(), text);
    }
  }
});

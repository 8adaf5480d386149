/**
 * The tool's key changes with its code and templates, not only its version:
 * a run of a changed mdspec never takes the output for up to date.
 */
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BUILD_KEY_FILE, contentKey, toolKey } from "../../src/cache/tool-key.js";

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
  /** Records the content key as the build does, newer than every file it keys. */
  function record(key = contentKey(folders)): void {
    for (const file of ["emit/emit.js"]) utimesSync(join(folders.code, file), past, past);
    for (const file of ["runtime.ts", "docs/model.md.eta"]) utimesSync(join(folders.templates, file), past, past);
    writeFileSync(join(folders.code, BUILD_KEY_FILE), key);
    utimesSync(join(folders.code, BUILD_KEY_FILE), later, later);
  }

  it("is read in place of the code's bytes, and changes with the record", () => {
    record("recorded");
    const recorded = toolKey("1.0.0", folders);
    // A run reads the record, not the code: the same bytes give the same key, and so does code the record stands for.
    expect(toolKey("1.0.0", folders)).toBe(recorded);
    record("another build");
    expect(toolKey("1.0.0", folders)).not.toBe(recorded);
  });

  it("changes with a file modified after the record, however old its new time, and with one added or removed", () => {
    record();
    const before = toolKey("1.0.0", folders);
    writeFileSync(join(folders.code, "emit/emit.js"), "export const a = 2;\n");
    const patched = toolKey("1.0.0", folders);
    expect(patched).not.toBe(before);
    record();
    const rebuilt = toolKey("1.0.0", folders);
    writeFileSync(join(folders.templates, "docs/page.md.eta"), "");
    utimesSync(join(folders.templates, "docs/page.md.eta"), past, past);
    const added = toolKey("1.0.0", folders);
    expect(added).not.toBe(rebuilt);
    unlinkSync(join(folders.templates, "docs/page.md.eta"));
    expect(toolKey("1.0.0", folders)).toBe(rebuilt);
    unlinkSync(join(folders.templates, "runtime.ts"));
    expect(toolKey("1.0.0", folders)).not.toBe(rebuilt);
  });
});

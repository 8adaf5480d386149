/**
 * The tool's key changes with its code and templates, not only its version:
 * a run of a changed mdspec never takes the output for up to date.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { toolKey } from "../../src/cache/tool-key.js";

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

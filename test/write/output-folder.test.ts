/**
 * The output folder is replaced as a whole or not at all, and what a killed
 * run leaves behind is repaired by the next one — including the consumer's
 * node_modules, which a run moves aside while it swaps the folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OutputFolderError, StagedFolder, writeBelow } from "../../src/write/output-folder.js";
import { updateOutputFolder } from "../../src/write/update-folder.js";

/** A whole package written as a run writes one: staged file by file, then swapped in, or discarded on a failure. */
function writeOutputFolder(outDir: string, files: ReadonlyMap<string, string>): void {
  const staged = new StagedFolder(outDir);
  try {
    for (const [path, content] of files) staged.write(path, content);
  } catch (error) {
    staged.discard();
    throw error;
  }
  staged.commit();
}
import { folderSnapshot } from "../helpers/folder-snapshot.js";

let work: string;
let out: string;
const staging = () => join(work, ".out.mdspec-tmp");
const retired = () => join(work, ".out.mdspec-old");

const MARKER = JSON.stringify({ name: "out", generatedBy: "mdspec" });
const first = new Map([
  ["package.json", MARKER],
  ["src/a.ts", "export const a = 1;\n"],
]);
const second = new Map([
  ["package.json", MARKER],
  ["src/b.ts", "export const b = 2;\n"],
]);

const snapshot = (dir: string) => folderSnapshot(dir, "utf8");

/** A dependency the consumer installed into the output folder. */
function installDependency(): void {
  mkdirSync(join(out, "node_modules/dep"), { recursive: true });
  writeFileSync(join(out, "node_modules/dep/index.js"), "installed");
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "mdspec-out-"));
  out = join(work, "out");
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe("writeOutputFolder", () => {
  it("replaces the folder as a whole, keeping node_modules", () => {
    writeOutputFolder(out, first);
    installDependency();
    writeOutputFolder(out, second);
    expect(snapshot(out)).toEqual({ "package.json": MARKER, "src/b.ts": "export const b = 2;\n", "node_modules/dep/index.js": "installed" });
    expect(readdirSync(work)).toEqual(["out"]);
  });

  it("leaves the folder byte-identical when writing fails", () => {
    writeOutputFolder(out, first);
    const before = snapshot(out);
    // A file where the staging folder's src/ must go makes the write fail halfway.
    const failing = new Map([...second, ["src", "not a folder"], ["src/c.ts", "x"]]);
    expect(() => writeOutputFolder(out, failing)).toThrow();
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(work)).toEqual(["out"]);
  });

  it("refuses a path that would leave the folder", () => {
    expect(() => writeOutputFolder(out, new Map([["../escaped.txt", "x"]]))).toThrow(OutputFolderError);
    expect(() => writeOutputFolder(out, new Map([["/tmp/escaped.txt", "x"]]))).toThrow(OutputFolderError);
    expect(existsSync(join(work, "escaped.txt"))).toBe(false);
  });
});

describe("an update in place (updateOutputFolder)", () => {
  it("never writes or removes through a folder of the output folder that is a symbolic link, and changes nothing when it refuses", () => {
    writeOutputFolder(out, new Map([...first, ["docs/a.md", "# A\n"]]));
    const elsewhere = join(work, "elsewhere");
    renameSync(join(out, "docs"), elsewhere);
    symlinkSync(elsewhere, join(out, "docs"));
    const outside = snapshot(elsewhere);
    const inside = snapshot(out);
    expect(() => updateOutputFolder(out, new Map([["src/a.ts", "export const a = 2;\n"], ["docs/a.md", "# A, edited\n"]]), [])).toThrow(OutputFolderError);
    expect(() => updateOutputFolder(out, new Map(), ["docs/a.md"])).toThrow(/docs is a symbolic link .*--no-cache/u);
    expect(snapshot(elsewhere)).toEqual(outside);
    expect(snapshot(out)).toEqual(inside);
    // A link planted where the update writes a file's new content first, or its mark, is replaced, not written through.
    const victim = join(work, "victim.txt");
    writeFileSync(victim, "mine");
    symlinkSync(victim, join(out, "src/a.ts.mdspec-tmp"));
    symlinkSync(join(work, "made-outside.txt"), join(out, ".mdspec-updating"));
    updateOutputFolder(out, new Map([["src/a.ts", "export const a = 3;\n"]]), []);
    expect(readFileSync(victim, "utf8")).toBe("mine");
    expect(existsSync(join(work, "made-outside.txt"))).toBe(false);
    expect(readFileSync(join(out, "src/a.ts"), "utf8")).toBe("export const a = 3;\n");
    // Paths elsewhere in the folder are written as before.
    updateOutputFolder(out, new Map([["src/a.ts", "export const a = 2;\n"]]), []);
    expect(readFileSync(join(out, "src/a.ts"), "utf8")).toBe("export const a = 2;\n");
  });
});

describe("a thread writing into the staging folder (writeBelow)", () => {
  it("makes the folders a path needs, alongside another thread that made some of them", () => {
    const staged = new StagedFolder(out);
    writeBelow(staged.folder, "src/models/a.ts", "a", new Set());
    writeBelow(staged.folder, "src/models/b.ts", "b", new Set());
    writeBelow(staged.folder, "index.ts", "i", new Set());
    expect(snapshot(staged.folder)).toEqual({ "src/models/a.ts": "a", "src/models/b.ts": "b", "index.ts": "i" });
    staged.discard();
  });

  it("never makes the staging folder again once a failed run discarded it, though work is still in flight", () => {
    const staged = new StagedFolder(out);
    const made = new Set<string>();
    writeBelow(staged.folder, "src/models/a.ts", "a", made);
    staged.discard();
    expect(() => writeBelow(staged.folder, "src/models/b.ts", "b", made)).toThrow(OutputFolderError);
    expect(() => writeBelow(staged.folder, "docs/b.md", "b", new Set())).toThrow(OutputFolderError);
    expect(readdirSync(work)).toEqual([]);
  });
});

describe("after a run killed mid-swap, the next run", () => {
  it("restores the old folder when only the retired copy is left", () => {
    writeOutputFolder(out, first);
    // Killed between the two renames: the output is retired, the new package still staged.
    mkdirSync(staging());
    writeFileSync(join(staging(), "half.txt"), "half");
    renameSync(out, retired());
    writeOutputFolder(out, second);
    expect(snapshot(out)).toEqual(Object.fromEntries(second));
    expect(readdirSync(work)).toEqual(["out"]);
  });

  /** A first run's output with a dependency installed, and what a run killed after moving that dependency aside leaves. */
  function killedAfterMovingDependencies(): void {
    writeOutputFolder(out, first);
    installDependency();
    mkdirSync(staging());
    renameSync(join(out, "node_modules"), join(staging(), "node_modules"));
  }

  it("gives node_modules back when it was already moved into the staging folder", () => {
    killedAfterMovingDependencies();
    writeOutputFolder(out, second);
    expect(readFileSync(join(out, "node_modules/dep/index.js"), "utf8")).toBe("installed");
    expect(readdirSync(work)).toEqual(["out"]);
  });

  it("gives node_modules back when the swap was cut between the renames", () => {
    killedAfterMovingDependencies();
    renameSync(out, retired());
    writeOutputFolder(out, second);
    expect(readFileSync(join(out, "node_modules/dep/index.js"), "utf8")).toBe("installed");
    expect(readFileSync(join(out, "src/b.ts"), "utf8")).toBe("export const b = 2;\n");
    expect(readdirSync(work)).toEqual(["out"]);
  });
});

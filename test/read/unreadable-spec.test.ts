/**
 * A spec file that cannot be read, or that stops being readable between the
 * run's first read of it (for its hash, where the run has a package or a
 * cache to compare with) and the parse's: the run reports it as
 * `unreadable-file` at the file, writes nothing, and keeps nothing of it in
 * the cache, so the run after it is fixed makes the package.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, sep } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startOf } from "../../src/diagnostics/diagnostic.js";
import { generate } from "../../src/run/generate.js";
import { fieldsSpec, specFolder, type SpecFolder } from "../helpers/spec-folder.js";

/** How many more reads of a file named user.md succeed before they fail (Infinity: all succeed), and how many were tried. */
const reads = vi.hoisted(() => ({ left: Infinity, code: "EACCES", tried: 0 }));

vi.mock("node:fs", async (original) => {
  const fs = await original<typeof import("node:fs")>();
  const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
    if (String(path).endsWith(`${sep}user.md`) && (reads.tried++, reads.left-- <= 0)) {
      throw Object.assign(new Error(`${reads.code}: cannot open ${String(path)}`), { code: reads.code });
    }
    return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, readFileSync, default: { ...fs, readFileSync } };
});

let folder: SpecFolder | undefined;
afterEach(() => {
  folder?.remove();
  reads.left = Infinity;
  reads.tried = 0;
});

const USER = fieldsSpec("User", [["name", "*str*"]]);
const ADDRESS = fieldsSpec("Address", [["city", "*str*"]]);

function run(cache: string | false = false) {
  const out = join(folder!.root, "out");
  return generate({ specs: folder!.specs, out, packageName: "out", format: false, threads: 1, cache });
}

describe("unreadable-file", () => {
  it("is reported for a spec file that cannot be read, and the run writes nothing", async () => {
    folder = specFolder({ "models/user.md": USER, "models/address.md": ADDRESS });
    reads.left = 0;
    reads.code = "EACCES";
    const result = await run();
    const shown = result.diagnostics.map((d) => `${d.file} ${startOf(d.at).line}:${startOf(d.at).column} ${d.severity} ${d.rule}: ${d.message}`);
    expect(shown).toEqual([
      "models/user.md 1:1 error unreadable-file: cannot read the file (EACCES)",
    ]);
    expect(result.ok).toBe(false);
    expect(existsSync(join(folder.root, "out"))).toBe(false);
  });

  it("is read once by a first run, which has nothing to compare its hash with", async () => {
    folder = specFolder({ "models/user.md": USER, "models/address.md": ADDRESS });
    reads.left = 1;
    const result = await run(join(folder.root, "cache"));
    expect(result).toMatchObject({ ok: true, models: 2 });
    expect(reads.tried).toBe(1);
  });

  it("is reported for a spec removed after the run read it for its hash, and nothing of it is cached", async () => {
    folder = specFolder({ "models/user.md": USER, "models/address.md": ADDRESS });
    const cache = join(folder.root, "cache");
    // A package and a cache to compare with: the next run reads each spec for its hash first.
    expect((await run(cache)).ok).toBe(true);
    writeFileSync(join(folder.specs, "models/user.md"), fieldsSpec("User", [["name", "*str*"], ["email", "*str*"]]));
    const before = readFileSync(join(folder.root, "out/src/models/user.ts"), "utf8");
    // The first read (for the hash) succeeds; the parse's fails.
    reads.left = 1;
    reads.code = "ENOENT";
    const failed = await run(cache);
    expect(failed.diagnostics.map((d) => `${d.file} ${d.rule}: ${d.message}`)).toEqual(["models/user.md unreadable-file: cannot read the file (ENOENT)"]);
    expect(failed.ok).toBe(false);
    expect(readFileSync(join(folder.root, "out/src/models/user.ts"), "utf8")).toBe(before);

    // Without the package, the next run takes every meaning it can from the cache: none may be the failed read's.
    rmSync(join(folder.root, "out"), { recursive: true, force: true });
    reads.left = Infinity;
    const fixed = await run(cache);
    expect(fixed.diagnostics).toEqual([]);
    expect(fixed).toMatchObject({ ok: true, models: 2 });
    expect(readFileSync(join(folder.root, "out/src/models/user.ts"), "utf8")).toContain("email");
  });
});

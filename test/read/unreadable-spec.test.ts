/**
 * A spec file that cannot be read, or that stops being readable between the
 * run's first read of it (for its hash) and the parse's: the run reports it
 * as `unreadable-file` at the file, writes nothing, and keeps nothing of it
 * in the cache, so the run after it is fixed makes the package.
 */
import { existsSync } from "node:fs";
import { join, sep } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startOf } from "../../src/diagnostics/diagnostic.js";
import { generate } from "../../src/run/generate.js";
import { fieldsSpec, specFolder, type SpecFolder } from "../helpers/spec-folder.js";

/** How many more reads of a file named user.md succeed before they fail; Infinity: all succeed. */
const reads = vi.hoisted(() => ({ left: Infinity, code: "EACCES" }));

vi.mock("node:fs", async (original) => {
  const fs = await original<typeof import("node:fs")>();
  const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
    if (String(path).endsWith(`${sep}user.md`) && reads.left-- <= 0) {
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

  it("is reported for a spec removed after the run read it for its hash, and nothing of it is cached", async () => {
    folder = specFolder({ "models/user.md": USER, "models/address.md": ADDRESS });
    const cache = join(folder.root, "cache");
    // The first read (for the hash) succeeds; the parse's fails.
    reads.left = 1;
    reads.code = "ENOENT";
    const failed = await run(cache);
    expect(failed.diagnostics.map((d) => `${d.file} ${d.rule}: ${d.message}`)).toEqual(["models/user.md unreadable-file: cannot read the file (ENOENT)"]);
    expect(failed.ok).toBe(false);

    reads.left = Infinity;
    const fixed = await run(cache);
    expect(fixed.diagnostics).toEqual([]);
    expect(fixed).toMatchObject({ ok: true, models: 2 });
    expect(existsSync(join(folder.root, "out/src/models/user.ts"))).toBe(true);
  });
});

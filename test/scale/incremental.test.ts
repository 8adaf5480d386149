/**
 * Runs that reuse work make exactly the package a cold run makes: in worker
 * threads or not, with the spec cache and the output's manifest, after edits,
 * additions and deletions, and after an update that was cut short.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/run/generate.js";
import type { GenerateOptions } from "../../src/run/options.js";
import { MANIFEST_FILE, UPDATING_MARKER } from "../../src/write/manifest.js";
import { folderSnapshot } from "../helpers/folder-snapshot.js";
import { fieldsSpec, specFolder, valuesSpec, type SpecFolder } from "../helpers/spec-folder.js";

/** Enough specs that parsing and emitting go to a pool of more than two threads. */
const COUNT = 450;

function corpus(): Record<string, string> {
  const files: Record<string, string> = {
    "models/status.md": valuesSpec("Status", ["active", "archived"]),
    "models/lonely.md": valuesSpec("Lonely", ["one"]),
  };
  for (let i = 0; i < COUNT; i++) {
    // A chain, not a ring: an edit in the middle does not change which models are recursive.
    const next = i + 1 < COUNT ? `[Item${i + 1}](./item${i + 1}.md)` : "*str*";
    files[`models/item${i}.md`] = fieldsSpec(`Item${i}`, [
      ["id", "*str*", true, `The id of item ${i}.`],
      ["count", "*int*", false, "How many."],
      ["status", "[Status](./status.md)", true, "Where it stands."],
      ["next", `Optional[${next}]`, false, "The item after this one."],
    ]);
  }
  return files;
}

let folder: SpecFolder;
let cold: Record<string, string>;

function options(out: string, extra: Partial<GenerateOptions> = {}): GenerateOptions {
  return { specs: folder.specs, out: join(folder.root, out), packageName: "items", cache: join(folder.root, "cache"), ...extra };
}

async function coldRun(out: string): Promise<Record<string, string>> {
  const result = await generate(options(out, { cache: false, threads: 1 }));
  expect(result.ok).toBe(true);
  return folderSnapshot(join(folder.root, out));
}

beforeAll(async () => {
  folder = specFolder(corpus());
  cold = await coldRun("cold");
}, 300_000);

afterAll(() => folder.remove());

describe("repeated runs", () => {
  it("make the same package in worker threads as on the main thread", async () => {
    const result = await generate(options("pooled", { cache: false, threads: 3 }));
    expect(result.ok).toBe(true);
    expect(folderSnapshot(join(folder.root, "pooled"))).toEqual(cold);
    // The pool collects the main thread's garbage once the modules are queued, and leaves no `gc` behind for others.
    expect(runInNewContext("typeof gc")).toBe("undefined");
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe("undefined");
  }, 300_000);

  it("do nothing when nothing changed, and say so", async () => {
    await generate(options("warm"));
    const manifest = join(folder.root, "warm", MANIFEST_FILE);
    const before = statSync(manifest).mtimeMs;
    const again = await generate(options("warm"));
    expect(again).toMatchObject({ ok: true, upToDate: true, models: COUNT + 2, files: [] });
    expect(statSync(manifest).mtimeMs).toBe(before);
    expect(folderSnapshot(join(folder.root, "warm"))).toEqual(cold);
  }, 300_000);

  it("after a first run, which hashes each spec where it is parsed, find the package up to date and the cache filled", async () => {
    const first = options("first", { cache: join(folder.root, "first-cache") });
    const parsed: number[] = [];
    const onProgress: GenerateOptions["onProgress"] = (progress) => void (progress.phase === "parse" && parsed.push(progress.total));
    expect((await generate({ ...first, onProgress })).ok).toBe(true);
    expect(Math.max(...parsed)).toBe(COUNT + 2);
    expect(folderSnapshot(join(folder.root, "first"))).toEqual(cold);

    expect(await generate(first)).toMatchObject({ ok: true, upToDate: true, files: [] });

    // Without the package, every spec's meaning comes from the cache: none is parsed.
    rmSync(join(folder.root, "first"), { recursive: true });
    parsed.length = 0;
    expect((await generate({ ...first, onProgress })).ok).toBe(true);
    expect(parsed.filter((total) => total > 0)).toEqual([]);
    expect(folderSnapshot(join(folder.root, "first"))).toEqual(cold);
  }, 300_000);

  it("after an edit, an addition and a deletion, write only what changed and match a cold run", async () => {
    await generate(options("edited"));
    writeFileSync(
      join(folder.specs, "models/item7.md"),
      fieldsSpec("Item7", [
        ["id", "*str*", true, "The id, now described anew."],
        ["tags", "List[*str*]", false, "A new field."],
      ]),
    );
    writeFileSync(join(folder.specs, "models/extra.md"), valuesSpec("Extra", ["x", "y"]));
    rmSync(join(folder.specs, "models/lonely.md"));

    const result = await generate(options("edited"));
    expect(result.ok).toBe(true);
    const written = new Set(result.files);
    expect(written.has("src/models/item7.ts")).toBe(true);
    expect(written.has("src/models/extra.ts")).toBe(true);
    expect(written.has("src/models/item100.ts")).toBe(false);
    expect(result.files.length).toBeLessThan(40);
    expect(existsSync(join(folder.root, "edited", "src/models/lonely.ts"))).toBe(false);
    expect(existsSync(join(folder.root, "edited", "dist/models/lonely.js"))).toBe(false);

    const fresh = await coldRun("cold-after-edit");
    expect(folderSnapshot(join(folder.root, "edited"))).toEqual(fresh);
  }, 300_000);

  it("rebuild the whole folder after an update that was cut short, and ignore a corrupt cache", async () => {
    await generate(options("cut"));
    writeFileSync(join(folder.root, "cut", UPDATING_MARKER), "");
    writeFileSync(join(folder.root, "cut", "src/models/item5.ts"), "half-written");
    for (const name of readdirSync(join(folder.root, "cache"))) writeFileSync(join(folder.root, "cache", name), "not a cache");
    mkdirSync(join(folder.root, "cut", "src/stale"), { recursive: true });
    writeFileSync(join(folder.root, "cut", "src/stale/left.ts"), "");

    const result = await generate(options("cut"));
    expect(result.ok).toBe(true);
    expect(folderSnapshot(join(folder.root, "cut"))).toEqual(folderSnapshot(join(folder.root, "edited")));
  }, 300_000);
});

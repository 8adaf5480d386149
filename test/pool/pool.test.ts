/**
 * The work pool hands back what the same work gives on the main thread,
 * whatever happens to its workers: a worker whose capped heap cannot hold a
 * task dies, and the task is run on the main thread instead.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentHash } from "../../src/base/hash.js";
import type { EmittedModule } from "../../src/emit/emit-module.js";
import { specModels } from "../../src/ir/spec-models.js";
import { WorkPool } from "../../src/pool/pool.js";
import { runTask, type ParsedSpec } from "../../src/pool/tasks.js";

/** A module prettier cannot format within a 64 MB heap: thousands of object literals. */
function hugeSource(): string {
  const items = Array.from({ length: 6_000 }, (_, i) => `{ id: ${i}, name: "item ${i}", tags: ["a", "b", "c"], ok: ${i % 2 === 0} }`);
  return `export const items: ReadonlyArray<{ id: number; name: string; tags: string[]; ok: boolean }> = [${items.join(", ")}];\n`;
}

describe("the work pool", () => {
  it("runs a task too large for a worker's heap on the main thread, with the same result", async () => {
    const sources: Array<[string, string]> = [["huge", hugeSource()]];
    const [expected] = (await runTask({ kind: "sources", sources, format: true })) as EmittedModule[];

    // 64 MB loads the emitter, but formatting 6,000 literals takes more.
    const pool = new WorkPool({ threads: 2, workerHeapMb: 64 });
    pool.warmUpFor(10_000);
    const emitted: EmittedModule[] = [];
    try {
      await pool.sources(sources, true, (module) => emitted.push(module));
    } finally {
      await pool.close();
    }
    // The same module; the time it took is the thread's own.
    const withoutTimings = ({ timings: _, ...module }: EmittedModule) => module;
    expect(emitted.map(withoutTimings)).toEqual([expected].map((module) => withoutTimings(module!)));
    expect(expected!.source.split("\n").length).toBeGreaterThan(6_000);
  }, 180_000);

  it("reads a listed spec where it parses it, and tells the hash of the bytes it parsed, not of those listed", async () => {
    const root = mkdtempSync(join(tmpdir(), "mdspec-pool-"));
    try {
      const listedBytes = readFileSync(join(import.meta.dirname, "../fixtures/everyday/models/circle.md"));
      const edited = Buffer.from(listedBytes.toString("utf8").replace("## Fields", "An edited description.\n\n## Fields"));
      // Listed with one content; edited before the parse.
      writeFileSync(join(root, "circle.md"), edited);
      const listed = { root, file: "circle.md", hash: contentHash(listedBytes) };
      const [parsed] = (await runTask({ kind: "specs", files: [listed] })) as ParsedSpec[];
      expect(parsed!.hash).toBe(contentHash(edited));
      expect(parsed!.hash).not.toBe(listed.hash);
      expect(parsed!.meaning).toEqual(specModels({ file: "circle.md", bytes: edited }));
      expect(JSON.stringify(parsed!.meaning)).toContain("An edited description.");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("reports a listed spec that is gone when it is parsed, with no hash to cache its meaning under", async () => {
    const root = mkdtempSync(join(tmpdir(), "mdspec-pool-"));
    try {
      const [parsed] = (await runTask({ kind: "specs", files: [{ root, file: "gone.md", hash: "listed" }] })) as ParsedSpec[];
      expect(parsed!.hash).toBeUndefined();
      expect(parsed!.meaning.incomplete).toBe(true);
      expect(parsed!.meaning.diagnostics.map(({ rule, message }) => `${rule}: ${message}`)).toEqual(["unreadable-file: cannot read the file (ENOENT)"]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

/**
 * The programmatic API as a consumer uses it: imported by the package name
 * `mdspec`, type-checked strictly, and run.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { tsc } from "../helpers/tsc.js";

const repo = join(import.meta.dirname, "../..");

it("generate, parseSpecs and emit are typed and work, imported as `mdspec`", () => {
  const build = tsc(["-p", "tsconfig.json"], join(repo, "test/api"));
  expect(build.output).toBe("");
  expect(build.status).toBe(0);

  const work = mkdtempSync(join(tmpdir(), "mdspec-api-"));
  try {
    // tsx runs the TypeScript as written; "mdspec" resolves to this package's dist/, as for any consumer.
    const run = spawnSync(process.execPath, ["--import", "tsx", join(repo, "test/api/consumer.ts"), join(repo, "test/fixtures/everyday"), join(work, "out")], { cwd: repo, encoding: "utf8", timeout: 120_000 });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({
      ok: true,
      manifest: { name: "@acme/models", version: "1.0.0" },
      models: 8,
      errors: 0,
      documents: 8,
      modelNames: ["Circle", "Event", "Kinds", "Level", "Link", "Node", "Shape", "Status"],
      schemaFiles: 8,
      hasValidators: false,
      deprecatedNames: { name: "old-names", hasGuards: false },
    });
    expect(existsSync(join(work, "out/schemas/models/Node.schema.json"))).toBe(true);
    expect(existsSync(join(work, "out/src/runtime/validation.ts"))).toBe(true);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

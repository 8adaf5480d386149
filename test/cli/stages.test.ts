/**
 * `--verbose` says where a run's time went: a line per stage, in pipeline
 * order, each with its time and what it touched; the API returns the same.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/run/generate.js";

const repo = join(import.meta.dirname, "../..");
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "mdspec-stages-"));
  cpSync(join(repo, "test/fixtures/everyday"), join(work, "specs"), { recursive: true });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the stages of a run", () => {
  it("are printed by --verbose, a line each, in pipeline order, with a time and a count", () => {
    const run = spawnSync(process.execPath, [join(repo, "dist/cli/main.js"), "generate", "--specs", "specs", "--out", "cli-out", "--verbose", "--no-cache"], {
      cwd: work,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(run.status).toBe(0);
    const lines = run.stderr.split("\n").filter((line) => /^ {2}[a-z]+ +[\d,]+ ms/u.test(line));
    expect(lines.map((line) => line.trim().split(/\s+/u)[0])).toEqual(["read", "parse", "resolve", "emit", "format", "compile", "write"]);
    expect(lines[0]).toMatch(/^ {2}read +[\d,]+ ms {2}8 spec files$/u);
    expect(lines[4]).toMatch(/ms in threads {2}\d+ modules$/u);
    expect(lines[6]).toMatch(/ms {2}[\d,]+ files$/u);
  });

  it("come back from the API, and a run that finds nothing to do has read only", async () => {
    const options = { specs: join(work, "specs"), out: join(work, "api-out"), cache: join(work, "cache") };
    const first = await generate(options);
    expect(first.stages?.map((s) => s.stage)).toEqual(["read", "parse", "resolve", "emit", "format", "compile", "write"]);
    expect(first.stages?.find((s) => s.stage === "parse")).toMatchObject({ count: 8, threads: false });
    expect(first.stages?.every((s) => Number.isInteger(s.ms) && s.ms >= 0)).toBe(true);
    const again = await generate(options);
    expect(again.upToDate).toBe(true);
    expect(again.stages?.map((s) => s.stage)).toEqual(["read"]);
  });
});

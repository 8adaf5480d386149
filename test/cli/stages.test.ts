/**
 * `--verbose` says where a run's time went: a line per stage, in pipeline
 * order, each with its time and what it touched; the API returns the same.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Timings } from "../../src/base/timings.js";
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
    // A run this small stays on the main thread: no stage's time was spent in a worker.
    expect(lines[4]).toMatch(/^ {2}format +[\d,]+ ms {2}\d+ modules$/u);
    expect(lines[6]).toMatch(/^ {2}write +[\d,]+ ms {2}[\d,]+ files$/u);
    // Each stage's time is its own, so together they are no more than the run took.
    const total = lines.reduce((sum, line) => sum + Number(/([\d,]+) ms/u.exec(line)![1]!.replaceAll(",", "")), 0);
    const seconds = Number(/\(\d+ files, ([\d.]+)s\)/u.exec(run.stderr)![1]);
    // The run's seconds are rounded to hundredths, each stage to a millisecond.
    expect(total).toBeLessThanOrEqual(seconds * 1000 + 50);
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

  it("of a run after one spec was edited name the one spec parsed, the one module emitted and the files written", async () => {
    const options = { specs: join(work, "specs"), out: join(work, "edit-out"), cache: join(work, "edit-cache") };
    await generate(options);
    const spec = join(work, "specs/models/kinds.md");
    writeFileSync(spec, readFileSync(spec, "utf8").replace("the Python dialect knows.", "the Python dialect knows, edited."));
    const edited = await generate(options);
    expect(edited.files.length).toBeGreaterThan(0);
    expect(edited.stages?.map((s) => s.stage)).toEqual(["read", "parse", "emit", "format", "compile", "write"]);
    expect(edited.stages?.find((s) => s.stage === "parse")?.count).toBe(1);
    expect(edited.stages?.find((s) => s.stage === "emit")?.count).toBe(1);
    expect(edited.stages?.find((s) => s.stage === "write")?.count).toBe(edited.files.length);
  });
});

describe("a stage's time", () => {
  const busy = (ms: number) => {
    const end = performance.now() + ms;
    while (performance.now() < end);
  };

  it("leaves out the stages timed within it on the same thread", () => {
    const timings = new Timings();
    timings.time("emit", 1, () => {
      busy(5);
      timings.time("write", 2, () => busy(30));
    });
    const [emit, write] = timings.list();
    expect(write).toMatchObject({ stage: "write", count: 2, threads: false });
    expect(write!.ms).toBeGreaterThanOrEqual(29);
    expect(emit).toMatchObject({ stage: "emit", count: 1, threads: false });
    expect(emit!.ms).toBeLessThan(write!.ms);
  });

  it("keeps the time of the pool's threads apart, marked as thread time", () => {
    const timings = new Timings();
    timings.time("emit", 1, () => {
      busy(5);
      timings.add("format", 500, 1, true);
      timings.add("compile", 3, 1);
    });
    const byStage = Object.fromEntries(timings.list().map((entry) => [entry.stage, entry]));
    expect(byStage.format).toMatchObject({ ms: 500, threads: true });
    expect(byStage.compile).toMatchObject({ ms: 3, threads: false });
    // 5 ms or more of its own, less the 3 ms compiled on this thread; the 500 ms in a thread are not taken off.
    expect(byStage.emit!.ms).toBeGreaterThanOrEqual(2);
  });
});

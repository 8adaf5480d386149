/**
 * Ctrl-C for real: the command is started on a spec set large enough to take
 * a while, and sent SIGINT at several points of its run. Every time, the
 * output folder is afterwards either exactly as it was or the complete new
 * package — never a mix — and nothing is left beside it.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { folderSnapshot as snapshot } from "../helpers/folder-snapshot.js";
import { fieldsSpec } from "../helpers/spec-folder.js";

const cliPath = join(import.meta.dirname, "../../dist/cli/main.js");
const MODELS = 30;

let work: string;

function writeSpecs(version: number): void {
  for (let i = 0; i < MODELS; i++) {
    const rows: Array<[string, string, boolean?, string?]> = [
      ["id", "*str*"],
      ["count", "*int*", false, `Version ${version} of model ${i}.`],
      ["tags", "List[*str*]", false],
      ["next", `[Optional[models.M${(i + 1) % MODELS}]](m${(i + 1) % MODELS}.md)`, false],
    ];
    if (version === 2) rows.push(["added", "Dict[str, *float*]", false]);
    writeFileSync(join(work, "specs/models", `m${i}.md`), fieldsSpec(`M${i}`, rows));
  }
}

function generateSync(out: string): number {
  const started = Date.now();
  const run = spawnSync(process.execPath, [cliPath, "--specs", "specs", "--out", out, "--name", "models"], { cwd: work, encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return Date.now() - started;
}

/**
 * Starts a run into `out` and sends it SIGINT after `delay` ms, or once it
 * reports the package written; resolves with how it ended.
 */
function interruptedRun(delay: number | "once written"): Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, "--specs", "specs", "--out", "out", "--name", "models"], { cwd: work });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (delay === "once written" && stderr.includes("Generated")) child.kill("SIGINT");
    });
    const timer = delay === "once written" ? undefined : setTimeout(() => child.kill("SIGINT"), delay);
    child.on("exit", (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stderr });
    });
  });
}

let before: Record<string, string>;
let complete: Record<string, string>;
let duration: number;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "mdspec-interrupt-"));
  spawnSync("mkdir", ["-p", join(work, "specs/models")]);
  writeSpecs(1);
  generateSync("out");
  before = snapshot(join(work, "out"));
  writeSpecs(2);
  duration = generateSync("expected");
  complete = snapshot(join(work, "expected"));
  rmSync(join(work, "expected"), { recursive: true });
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("SIGINT during a run", () => {
  it("leaves the output folder as it was, or complete — at every point of the run", async () => {
    expect(complete).not.toEqual(before);
    const outcomes: string[] = [];
    for (const fraction of [0.15, 0.4, 0.6, 0.85, "once written"] as const) {
      const ended = await interruptedRun(typeof fraction === "number" ? Math.round(duration * fraction) : fraction);
      const after = snapshot(join(work, "out"));
      const state = JSON.stringify(after) === JSON.stringify(before) ? "as before" : JSON.stringify(after) === JSON.stringify(complete) ? "complete" : "MIXED";
      outcomes.push(`${fraction}: ${state}, exit ${ended.status ?? ended.signal}`);
      expect(state).not.toBe("MIXED");
      // Nothing is left beside the output folder: no staging or retired copy (node_modules holds the cache).
      expect(readdirSync(work).filter((name) => name !== "node_modules").sort()).toEqual(["out", "specs"]);
      if (state === "as before") {
        // Stopped by the handler (130) — or, before it was installed, by the signal itself.
        expect([130, "SIGINT"]).toContain(ended.status ?? ended.signal);
        if (ended.status === 130) expect(ended.stderr).toContain("SIGINT received; stopping without changing out");
      } else {
        // Finished (0), stopped after the write (130), or signalled while exiting once its work was done.
        expect([0, 130, "SIGINT"]).toContain(ended.status ?? ended.signal);
        // The next attempt starts from the old output again.
        writeSpecs(1);
        generateSync("out");
        writeSpecs(2);
      }
    }
    // At least one signal landed mid-run and was handled there; the last one came after the package was written.
    expect(outcomes.some((o) => o.includes("as before, exit 130"))).toBe(true);
    expect(outcomes[outcomes.length - 1]).toContain("complete");
  }, 600_000);
});

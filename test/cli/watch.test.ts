/**
 * `mdspec watch` as a user runs it: real file edits in a temporary specs
 * folder (an edit, an add, a delete, a broken intermediate save and its
 * fix), each seen in the output folder, and Ctrl-C (SIGINT) ending it cleanly.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";

const cliPath = join(import.meta.dirname, "../../dist/cli/main.js");

const USER = (description: string) => `# User

${description}

## Fields

| Field | Type | Required | Description |
| ----- | ---- | -------- | ----------- |
| \`id\` | *str* | :heavy_check_mark: | The id. |
| \`address\` | [Optional[models.Address]](address.md) | :heavy_minus_sign: | Where they live. |
`;

const ADDRESS = `# Address

## Fields

| Field | Type | Required | Description |
| ----- | ---- | -------- | ----------- |
| \`city\` | *str* | :heavy_check_mark: | N/A |
`;

let work: string;
let child: ChildProcess | undefined;
let stderr = "";

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "mdspec-watch-"));
  mkdirSync(join(work, "specs/models"), { recursive: true });
  writeFileSync(join(work, "specs/models/user.md"), USER("A person."));
  writeFileSync(join(work, "specs/models/address.md"), ADDRESS);
  stderr = "";
});

afterEach(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  child = undefined;
  rmSync(work, { recursive: true, force: true });
});

/** Polls until `condition` holds; fails with what the watcher printed if it does not within `ms`. */
async function waitFor(what: string, condition: () => boolean, ms: number): Promise<number> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}; the watcher printed:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return performance.now() - start;
}

/** Starts `mdspec watch` with `args` in the work folder; resolves with its exit code when it ends. */
function startWatch(args: string[]): Promise<number | null> {
  const started = spawn(process.execPath, [cliPath, "watch", ...args], {
    cwd: work,
    env: { ...process.env, NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child = started;
  started.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => started.on("exit", (code) => resolve(code)));
}

/** A file's text, or undefined when it is not there (a run may remove it between a check and a read). */
const read = (path: string): string | undefined => {
  try {
    return readFileSync(join(work, path), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
};
const watching = () => stderr.split("Watching for changes").length - 1;

it("regenerates on edits, adds and deletes, survives a broken save, and stops on Ctrl-C", async () => {
  const exited = startWatch(["--specs", "specs", "--out", "out"]);

  await waitFor("the first run", () => watching() === 1, 60_000);
  expect(stderr).toContain("Generated 2 models into out.");
  expect(read("out/src/models/user.ts")).toContain("A person.");

  // An edit.
  writeFileSync(join(work, "specs/models/user.md"), USER("A person with an account."));
  const editLatency = await waitFor("the edit", () => read("out/src/models/user.ts")?.includes("with an account") === true, 20_000);
  await waitFor("the run after the edit", () => watching() === 2, 20_000);

  // An add.
  writeFileSync(join(work, "specs/models/country.md"), ADDRESS.replace("# Address", "# Country"));
  await waitFor("the added spec", () => read("out/src/models/country.ts") !== undefined, 20_000);
  await waitFor("the run after the add", () => watching() === 3, 20_000);
  expect(stderr).toContain("Changed: models/country.md");

  // A delete.
  rmSync(join(work, "specs/models/country.md"));
  await waitFor("the deleted spec's module to go", () => read("out/src/models/country.ts") === undefined, 20_000);
  await waitFor("the run after the delete", () => watching() === 4, 20_000);

  // A broken intermediate save: reported, and the output keeps its last good state.
  const before = read("out/src/models/user.ts");
  writeFileSync(join(work, "specs/models/user.md"), USER("Half-saved.").replace("[Optional[models.Address]](address.md)", "*flaot*"));
  await waitFor("the error report", () => stderr.includes("unknown-type"), 20_000);
  await waitFor("the run after the broken save", () => watching() === 5, 20_000);
  expect(read("out/src/models/user.ts")).toBe(before);
  expect(child!.exitCode).toBeNull();

  // The fix.
  writeFileSync(join(work, "specs/models/user.md"), USER("Fixed."));
  await waitFor("the fixed spec", () => read("out/src/models/user.ts")?.includes("Fixed.") === true, 20_000);
  await waitFor("the run after the fix", () => watching() === 6, 20_000);

  // Ctrl-C.
  child!.kill("SIGINT");
  expect(await exited).toBe(0);
  expect(stderr).toContain("Stopped watching.");
  expect(stderr).not.toMatch(/\n\s+at /u);
  // A warm run on a small spec set is well under the time it takes to switch windows.
  expect(editLatency).toBeLessThan(3000);
  console.log(`watch: an edit reached the output in ${Math.round(editLatency)} ms`);
}, 180_000);

it("a save during a run leads to one more run that includes it", async () => {
  const exited = startWatch(["--specs", "specs", "--out", "out", "--no-prettier"]);
  await waitFor("the first run", () => watching() === 1, 60_000);
  // Saves in quick succession, as an editor or a branch switch makes them.
  for (let i = 0; i < 5; i++) {
    writeFileSync(join(work, "specs/models/user.md"), USER(`Version ${i}.`));
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  await waitFor("the last save", () => read("out/src/models/user.ts")?.includes("Version 4.") === true, 20_000);
  await new Promise((resolve) => setTimeout(resolve, 500));
  // Never more runs than saves, and the output holds the last one.
  expect(watching()).toBeLessThanOrEqual(6);
  expect(read("out/src/models/user.ts")).toContain("Version 4.");
  child!.kill("SIGTERM");
  expect(await exited).toBe(0);
}, 120_000);

it("exits 2 when the specs folder does not exist", async () => {
  expect(await startWatch(["--specs", "nowhere", "--out", "out"])).toBe(2);
  expect(stderr).toContain("nowhere");
  expect(existsSync(join(work, "out"))).toBe(false);
}, 60_000);

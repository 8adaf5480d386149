/**
 * Generation benchmark for one specs folder. Every figure is a fresh
 * process, timed from spawn to exit, as a user runs the tool:
 *
 *   bare parse   the floor: remark-parse + remark-gfm over every spec, one
 *                thread, timing the parse calls only (bench/bare-parse.mjs)
 *   cold         `generate --no-cache` with no output folder
 *   unformatted  the same with `--no-prettier`: what formatting costs
 *   warm no-op   `generate --cache-dir C` with the cache and the output
 *                current, nothing changed
 *   one edit     the same, after a sentence was appended to the description
 *                of one spec (the middle file); the folder it leaves is then
 *                compared with the package a cold run makes (`check`)
 *   peak RSS     the cold runs' largest peak resident set, worker threads
 *                included; with their CPU time, user and system
 *   tsc          `tsc -p OUT/tsconfig.json` (noEmit) on the package made
 *
 * Bare parse and cold runs (with and without prettier) take turns, so that a
 * change in the machine's load skews both sides of their ratios alike.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { listSpecFiles } from "../dist/read/specs-folder.js";

const repo = join(import.meta.dirname, "..");
const cli = join(repo, "dist/cli/main.js");
const bareParse = join(repo, "bench/bare-parse.mjs");
const reportRss = pathToFileURL(join(repo, "bench/report-rss.mjs")).href;
const tscBin = join(dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin", "tsc");
/** GNU time measures a child's peak RSS from outside; without it, a preloaded module reports it from inside. */
const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

/** A cold run reads no cache and writes none. */
const COLD_FLAGS = ["--no-cache"];
/** Warm and one-edit runs keep their cache in the benchmark's own folder. */
const cacheFlags = (dir: string): string[] => ["--cache-dir", dir];

export interface Figure {
  /** Median, in milliseconds. */
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface GenerationReport {
  corpus: string;
  /** One more cold run's `--verbose` lines: the time of each stage. */
  stages: string[];
  files: number;
  bytes: number;
  bareParse: Figure;
  cold: Figure;
  /** Cold runs with `--no-prettier`. */
  unformatted: Figure;
  warm: Figure;
  oneEdit: Figure;
  /** The cold runs' largest peak resident set, in bytes. */
  peakRss: number;
  /** The cold runs' CPU time in user mode and in the kernel (file creation is mostly the latter), in milliseconds. */
  coldUser: Figure;
  coldSystem: Figure;
  tsc: Figure;
  /** Whether the generated package type-checked without errors. */
  tscOk: boolean;
  /** Whether the folder the one-edit runs left is the package a cold run makes of the edited specs (`check`). */
  editMatchesCold: boolean;
  /** What the cold runs printed (with --quiet: errors only); empty for a clean corpus. */
  diagnostics: string;
}

export interface GenerationOptions {
  /** A name for the table. */
  corpus: string;
  /** The specs folder. One of its files is edited (and restored): pass a copy. */
  specs: string;
  runs: number;
  /** Called with a line of progress. */
  log?: (line: string) => void;
}

interface Run {
  ms: number;
  stdout: string;
  stderr: string;
}

class RunFailed extends Error {}

function run(command: string, args: string[], what: string, env: Record<string, string> = {}): Run {
  const start = performance.now();
  const child = spawnSync(command, args, {
    encoding: "utf8",
    env: { ...process.env, CI: "1", NO_COLOR: "1", ...env },
    maxBuffer: 1 << 28,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const ms = performance.now() - start;
  if (child.error) throw new RunFailed(`${what}: ${child.error.message}`);
  if (child.status !== 0) {
    const said = `${child.stderr}${child.stdout}`.trim().split("\n").slice(-15).join("\n");
    const usage = child.status === 2 && /unknown option/u.test(said) ? " (this build of the command line does not know the options the benchmark passes)" : "";
    throw new RunFailed(`${what} exited with ${child.status ?? child.signal}${usage}:\n${said}`);
  }
  return { ms, stdout: child.stdout, stderr: child.stderr };
}

export function figure(samples: readonly number[]): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length };
}

/** Appends a sentence to the description of a spec: a paragraph after the ones under its title. */
export function appendToDescription(text: string, sentence: string): string {
  const lines = text.split("\n");
  const title = lines.findIndex((line) => line.startsWith("# "));
  // The next heading, outside fenced code (where `# ` starts a comment).
  let at = lines.length;
  let fenced = false;
  for (let i = title + 1; i < lines.length; i++) {
    if (/^ {0,3}(```|~~~)/u.test(lines[i]!)) fenced = !fenced;
    else if (!fenced && /^#{1,6} /u.test(lines[i]!)) {
      at = i;
      break;
    }
  }
  // Back over the blank lines before the next heading, so the sentence closes the description.
  let end = at;
  while (end > title + 1 && lines[end - 1]!.trim() === "") end--;
  return [...lines.slice(0, end), "", sentence, "", ...lines.slice(at)].join("\n");
}

export function benchGeneration({ corpus, specs, runs, log = () => {} }: GenerationOptions): GenerationReport {
  const work = mkdtempSync(join(tmpdir(), "mdspec-bench-"));
  const out = join(work, "out");
  const cache = join(work, "cache");
  const rssFile = join(work, "rss");
  const generate = (...flags: string[]): string[] => [cli, "generate", "--specs", specs, "--out", out, "--name", "bench", "--quiet", ...flags];
  const files = listSpecFiles(specs);
  if (files.length === 0) throw new Error(`${specs} holds no spec files`);
  const bytes = files.reduce((sum, file) => sum + readFileSync(join(specs, file)).length, 0);
  const edited = join(specs, files[Math.floor(files.length / 2)]!);
  const original = readFileSync(edited, "utf8");

  const bare: number[] = [];
  const cold: number[] = [];
  const unformatted: number[] = [];
  const warm: number[] = [];
  const oneEdit: number[] = [];
  const tsc: number[] = [];
  let peakRss = 0;
  const coldUser: number[] = [];
  const coldSystem: number[] = [];
  let diagnostics = "";
  let tscOk = true;
  let editMatchesCold = false;
  const stages: string[] = [];

  /** A cold run: no output folder, no cache. Returns its time; records its peak RSS. */
  const coldRun = (): number => {
    rmSync(out, { recursive: true, force: true });
    rmSync(rssFile, { force: true });
    const result = gnuTime
      ? run(gnuTime, ["-f", "%M %U %S", "-o", rssFile, process.execPath, ...generate(...COLD_FLAGS)], "the cold run")
      : run(process.execPath, ["--import", reportRss, ...generate(...COLD_FLAGS)], "the cold run", { MDSPEC_BENCH_RSS_FILE: rssFile });
    // Both write KiB and seconds of CPU, on the last line.
    const [kib, user, system] = readFileSync(rssFile, "utf8").trim().split("\n").at(-1)!.split(" ").map(Number);
    if (!(kib! > 0) || !(user! >= 0) || !(system! >= 0)) throw new RunFailed(`the cold run's peak RSS and CPU time could not be read from ${rssFile}`);
    peakRss = Math.max(peakRss, kib! * 1024);
    coldUser.push(user! * 1000);
    coldSystem.push(system! * 1000);
    if (result.stderr.trim() !== "") diagnostics = result.stderr.trim();
    return result.ms;
  };

  try {
    for (let i = 0; i < runs; i++) {
      bare.push(Number(run(process.execPath, [bareParse, specs], "the bare parse").stdout));
      cold.push(coldRun());
      rmSync(out, { recursive: true, force: true });
      unformatted.push(run(process.execPath, generate(...COLD_FLAGS, "--no-prettier"), "the cold run without prettier").ms);
      log(
        `${corpus}: round ${i + 1} of ${runs}: bare parse ${seconds(bare.at(-1)!)}, cold ${seconds(cold.at(-1)!)}, ` +
          `cold without prettier ${seconds(unformatted.at(-1)!)}`,
      );
    }

    // One more cold run, untimed, for the time of each stage (--verbose prints them).
    rmSync(out, { recursive: true, force: true });
    const verbose = spawnSync(process.execPath, generate(...COLD_FLAGS).filter((flag) => flag !== "--quiet").concat("--verbose"), {
      encoding: "utf8",
      env: { ...process.env, CI: "1", NO_COLOR: "1" },
      maxBuffer: 1 << 28,
    });
    stages.push(...verbose.stderr.split("\n").filter((line) => /^ {2}(read|parse|resolve|emit|format|compile|write) /u.test(line)));

    // Fill the cache and the output's manifest with one full run (untimed), as a user's first run does,
    // then time runs that find nothing to do.
    rmSync(cache, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    const fill = run(process.execPath, generate(...cacheFlags(cache)), "the run that fills the cache");
    log(`${corpus}: first run with the cache ${seconds(fill.ms)} (untimed)`);
    for (let i = 0; i < runs; i++) warm.push(run(process.execPath, generate(...cacheFlags(cache)), "the warm run").ms);
    log(`${corpus}: warm no-op ${warm.map(seconds).join(", ")}`);

    for (let i = 0; i < runs; i++) {
      writeFileSync(edited, appendToDescription(original, `Edited for the benchmark, round ${i + 1}.`));
      oneEdit.push(run(process.execPath, generate(...cacheFlags(cache)), "the one-edit run").ms);
    }
    log(`${corpus}: one edit ${oneEdit.map(seconds).join(", ")}`);
    // `check` makes the whole package anew and compares it with the folder, file by file.
    const checkArgs = [cli, "check", "--specs", specs, "--out", out, "--name", "bench", "--quiet"];
    const compared = spawnSync(process.execPath, checkArgs, { encoding: "utf8", maxBuffer: 1 << 28 });
    editMatchesCold = compared.status === 0;
    log(`${corpus}: after the edits the folder ${editMatchesCold ? "is" : "is NOT"} what a cold run makes`);

    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const check = spawnSync(process.execPath, [tscBin, "-p", join(out, "tsconfig.json")], { encoding: "utf8", maxBuffer: 1 << 28 });
      tsc.push(performance.now() - start);
      if (check.status !== 0) {
        tscOk = false;
        if (i === 0) log(`${corpus}: tsc found errors in the package:\n${`${check.stdout}${check.stderr}`.trim().split("\n").slice(0, 10).join("\n")}`);
      }
    }
    log(`${corpus}: tsc --noEmit ${tsc.map(seconds).join(", ")}`);
  } finally {
    writeFileSync(edited, original);
    rmSync(work, { recursive: true, force: true });
  }

  return {
    corpus,
    stages,
    files: files.length,
    bytes,
    bareParse: figure(bare),
    cold: figure(cold),
    unformatted: figure(unformatted),
    warm: figure(warm),
    oneEdit: figure(oneEdit),
    peakRss,
    coldUser: figure(coldUser),
    coldSystem: figure(coldSystem),
    tsc: figure(tsc),
    tscOk,
    editMatchesCold,
    diagnostics,
  };
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

export { RunFailed };

/**
 * `npm run bench`: guard throughput against Ajv, zod and a hand-written
 * check, then generation speed on the real corpora beside the repository
 * (../shared/corpora, when present) and on a synthesised corpus. Prints the
 * machine and its load before and after, since other work on it skews every
 * figure. See BENCHMARKS.md.
 *
 *   npm run bench -- [--files 20000] [--shapes typical,union-heavy] [--runs 3]
 *                    [--only generation|guards] [--corpora DIR [DIR...]] [--seed 1]
 *                    [--guard-values 100000]
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { CORPUS_SHAPES, synthesiseCorpus, type CorpusShape } from "../scripts/synth-corpus.js";
import { benchEveryday, type EverydayReport } from "./everyday.js";
import { benchGeneration, RunFailed, seconds, type Figure, type GenerationReport } from "./generation.js";
import { benchGuards, type GuardReport } from "./guards/bench-guards.js";

const USAGE =
  "usage: npm run bench -- [--files N] [--shapes typical,union-heavy] [--runs R] [--only generation|guards] [--corpora DIR...] [--seed S] [--guard-values N]";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    files: { type: "string", default: "20000" },
    runs: { type: "string", default: "3" },
    only: { type: "string" },
    corpora: { type: "string", multiple: true },
    seed: { type: "string", default: "1" },
    shapes: { type: "string", default: CORPUS_SHAPES.join(",") },
    "guard-values": { type: "string", default: "100000" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const files = wholeNumber("--files", values.files, 0);
if (files === 1) fail("--files takes 0 (no synthetic corpus) or at least 2");
const runs = wholeNumber("--runs", values.runs, 1);
const guardValues = wholeNumber("--guard-values", values["guard-values"], 1);
const seed = wholeNumber("--seed", values.seed, 0);
const shapes = values.shapes.split(",") as CorpusShape[];
for (const shape of shapes) if (!CORPUS_SHAPES.includes(shape)) fail(`--shapes takes ${CORPUS_SHAPES.join(", ")}, not ${shape}`);
if (values.only !== undefined && values.only !== "generation" && values.only !== "guards") fail(`--only takes generation or guards, not ${values.only}`);
// `--corpora a b` gives the option one value and leaves the rest as positionals; both name corpora.
if (positionals.length > 0 && values.corpora === undefined) fail(`unexpected arguments: ${positionals.join(" ")}`);
const namedCorpora = [...(values.corpora ?? []), ...positionals].map((dir) => resolve(dir));
for (const dir of namedCorpora) if (!existsSync(dir)) fail(`no such corpus folder: ${dir}`);

const load = (): string => loadavg().map((l) => l.toFixed(2)).join(" ");
const progress = (line: string): void => void process.stderr.write(`  ${line}\n`);

console.log(
  `machine: ${availableParallelism()} CPUs (${cpus()[0]?.model.trim() ?? "unknown model"}), ` +
    `${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${process.platform} ${process.arch}, node ${process.version}`,
);
console.log(`load average at the start: ${load()}`);

let failed = false;

// Guards first, before the generation benchmark's work in this process (writing corpora) can skew them.
if (values.only !== "generation") {
  const report = await benchGuards({ count: guardValues });
  printGuards(report);
}

if (values.only !== "guards") {
  printEveryday(benchEveryday({ runs: Math.max(runs, 5), log: progress }));
  const scratch = mkdtempSync(join(tmpdir(), "mdspec-corpora-"));
  const reports: GenerationReport[] = [];
  try {
    for (const { name, specs } of realCorpora(scratch)) {
      reports.push(benchGeneration({ corpus: name, specs, runs, log: progress }));
      progress(`done: ${name} (load ${load()})`);
    }
    for (const shape of files > 0 ? shapes : []) {
      const synthetic = join(scratch, `synthetic-${shape}`);
      const written = synthesiseCorpus({ files, out: synthetic, seed, shape });
      progress(`wrote ${written.files} synthetic specs (${shape}), ${(written.bytes / 1e6).toFixed(1)} MB`);
      reports.push(benchGeneration({ corpus: `synthetic ${files} ${shape}`, specs: synthetic, runs, log: progress }));
      rmSync(synthetic, { recursive: true, force: true });
      progress(`done: synthetic ${shape} (load ${load()})`);
    }
  } catch (error) {
    if (!(error instanceof RunFailed)) throw error;
    failed = true;
    console.error(`\ngeneration benchmark stopped: ${error.message}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (reports.length > 0) printGeneration(reports);
}

console.log(`\nload average at the end: ${load()}`);
if (failed) process.exitCode = 1;

/**
 * The real corpora to time, each copied into the scratch folder (one of its
 * specs is edited during the run). By default the two SDK doc folders of
 * ../shared/corpora in one specs folder, each under its own name (their links
 * are relative to their own docs folder); none when they are not there.
 */
function realCorpora(scratch: string): Array<{ name: string; specs: string }> {
  if (namedCorpora.length > 0) {
    return namedCorpora.map((dir, i) => {
      const specs = join(scratch, `corpus-${i + 1}`);
      cpSync(dir, specs, { recursive: true });
      return { name: basename(dir) === "docs" ? basename(resolve(dir, "..")) : basename(dir), specs };
    });
  }
  const shared = join(import.meta.dirname, "../../shared/corpora");
  const ts = join(shared, "mistral-ts/docs");
  const python = join(shared, "mistral-python/docs");
  if (!existsSync(ts) || !existsSync(python)) return [];
  const specs = join(scratch, "mistral");
  cpSync(ts, join(specs, "ts"), { recursive: true });
  cpSync(python, join(specs, "python"), { recursive: true });
  return [{ name: "mistral ts+python", specs }];
}

function printGuards(report: GuardReport): void {
  const ours = report.rows[0]!;
  console.log(
    `\nguards: ${report.values.toLocaleString("en")} chat-completion-like responses, ` +
      `${report.valid.toLocaleString("en")} valid; every contender gave every value's verdict before timing`,
  );
  console.log(
    table(
      ["contender", "batch median", "values/s", "spread (MAD)", "range", "batches", "time ÷ mdspec's"],
      report.rows.map((row) => [
        row.name,
        `${row.medianMs.toFixed(1)} ms`,
        `${(row.perSecond / 1e6).toFixed(2)} M`,
        `${(row.spread * 100).toFixed(1)}%`,
        `${row.minMs.toFixed(1)}–${row.maxMs.toFixed(1)} ms`,
        String(row.samples),
        row === ours ? "1" : (row.medianMs / ours.medianMs).toFixed(2),
      ]),
    ),
  );
  const ratio = (name: string): number | undefined => {
    const row = report.rows.find((r) => r.name.startsWith(name));
    return row && row.medianMs / ours.medianMs;
  };
  const ajv = ratio("Ajv");
  const zod = ratio("zod");
  console.log("targets:");
  if (ajv !== undefined) console.log(target(`mdspec at least as fast as Ajv (Ajv's time ÷ mdspec's ${ajv.toFixed(2)} ≥ 1)`, ajv >= 1));
  if (zod !== undefined) console.log(target(`mdspec at least 5 × as fast as zod (zod's time ÷ mdspec's ${zod.toFixed(2)} ≥ 5)`, zod >= 5));
}

function printGeneration(reports: GenerationReport[]): void {
  const range = (f: Figure): string => `${seconds(f.median)} (${(f.min / 1000).toFixed(2)}–${(f.max / 1000).toFixed(2)})`;
  console.log(`\ngeneration: medians of ${runs} run${runs === 1 ? "" : "s"} each, range in brackets; every run a fresh process`);
  console.log(
    table(
      ["corpus", "files", "bare parse", "cold", "cold ÷ parse", "no prettier", "÷ parse", "warm no-op", "one edit", "peak RSS", "tsc --noEmit"],
      reports.map((r) => [
        r.corpus,
        String(r.files),
        range(r.bareParse),
        range(r.cold),
        (r.cold.median / r.bareParse.median).toFixed(2),
        range(r.unformatted),
        (r.unformatted.median / r.bareParse.median).toFixed(2),
        range(r.warm),
        range(r.oneEdit),
        `${(r.peakRss / 2 ** 20).toFixed(0)} MiB`,
        `${range(r.tsc)}${r.tscOk ? "" : " errors"}`,
      ]),
    ),
  );
  for (const r of reports) {
    console.log(`targets, ${r.corpus} (${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB):`);
    const ratio = r.cold.median / r.bareParse.median;
    console.log(target(`cold ≤ 1.5 × bare parse (${ratio.toFixed(2)}; the moonshot is 0.75)`, ratio <= 1.5));
    console.log(target(`cold peak RSS ≤ 1 GiB (${(r.peakRss / 2 ** 20).toFixed(0)} MiB)`, r.peakRss <= 2 ** 30));
    console.log(`  (warm no-op ${seconds(r.warm.median)}, one edit ${seconds(r.oneEdit.median)})`);
    console.log("  stages of one cold run (--verbose):");
    for (const line of r.stages) console.log(`  ${line}`);
    console.log(`  (cold runs' CPU time, medians: user ${seconds(r.coldUser.median)}, system ${seconds(r.coldSystem.median)})`);
    console.log(target("output after one edit identical to a cold run's", r.editMatchesCold));
    if (!r.tscOk) console.log("  ! the generated package did not type-check");
    if (r.diagnostics !== "") console.log(`  ! the cold run reported:\n${indent(r.diagnostics.split("\n").slice(0, 10).join("\n"), "    ")}`);
  }
}

function printEveryday(report: EverydayReport): void {
  console.log(`\neveryday runs on specs/ (${report.models} models), medians of ${report.runs}, range in brackets:`);
  const range = (f: Figure): string => `${seconds(f.median)} (${(f.min / 1000).toFixed(2)}–${(f.max / 1000).toFixed(2)})`;
  console.log(
    table(
      ["command", "nothing changed", "one spec edited"],
      report.rows.map((row) => [row.command, range(row.noop), range(row.oneEdit)]),
    ),
  );
  const npm = report.rows[0]!;
  const direct = report.rows[1]!;
  console.log("targets:");
  console.log(target(`npm run generate, nothing changed ≤ 0.3 s (${seconds(npm.noop.median)}; npm itself takes ${seconds(report.npmItself.median)})`, npm.noop.median <= 300));
  console.log(target(`npm run generate, one spec edited ≤ 0.5 s (${seconds(npm.oneEdit.median)})`, npm.oneEdit.median <= 500));
  console.log(`  (the tool without npm: ${seconds(direct.noop.median)} and ${seconds(direct.oneEdit.median)})`);
}

function target(text: string, met: boolean): string {
  return `  ${met ? "met    " : "not met"}  ${text}`;
}

function indent(text: string, by: string): string {
  return text.replace(/^/gmu, by);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...rows.map(line)].join("\n");
}

function wholeNumber(flag: string, text: string, least: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < least) fail(`${flag} takes a whole number of at least ${least}, not ${text}`);
  return value;
}

function fail(message: string): never {
  console.error(`bench: ${message}\n${USAGE}`);
  process.exit(2);
}

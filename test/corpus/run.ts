/**
 * The acceptance run on real SDK docs:
 *
 *     npm run test:corpus -- <docs-dir> [<docs-dir> ...] [--keep] [--values <file>]
 *
 * For each folder: generates it into a temporary package (it must generate
 * without errors), type-checks the package strictly, checks that prettier
 * would change none of its TypeScript sources (most of which were laid out
 * without it), then, for every
 * TypeScript-dialect doc whose `## Example Usage` holds a value, checks that
 * the doc's guard accepts the value and rejects each of its mutants (a
 * required key dropped, a required key given a value of the wrong kind).
 * Prints the counts and every exception; exits 1 when generation or the
 * type-check fails, or fewer than 99.5 % of examples are accepted or fewer
 * than 99 % of mutants rejected. With `--values`, a module of ValueCases
 * (values.ts), each folder's guards must also give each case its verdict.
 *
 * An example that holds an Invalid Date (`new Date("1s")`) is not a value of
 * its type (the SDK's own validation refuses it too): when its guard rejects
 * it, it is listed as an invalid example and left out of the share.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { hasErrors } from "../../src/diagnostics/diagnostic.js";
import { reportText } from "../../src/diagnostics/report.js";
import { formatTypeScript } from "../../src/emit/format.js";
import { planPackage } from "../../src/emit/plan.js";
import { generate } from "../../src/run/generate.js";
import { buildModels, parseSpecs } from "../../src/run/stages.js";
import type { Model } from "../../src/ir/types.js";
import { readSpecFiles } from "../../src/read/specs-folder.js";
import { STRICT_FLAGS, tsc } from "../helpers/tsc.js";
import { readExampleValue } from "../../src/ir/example-value.js";
import { mutantsOf } from "./mutants.js";
import type { ValueCase } from "./values.js";

const MIN_ACCEPTED = 0.995;
const MIN_REJECTED = 0.99;

interface Tally {
  docs: number;
  typescriptDocs: number;
  withoutExample: number;
  evaluated: number;
  accepted: number;
  /** Examples rejected because they hold an Invalid Date. */
  invalid: number;
  mutants: number;
  rejected: number;
  /** One line per example the guard rejected, mutant it accepted, or value that could not be read. */
  exceptions: string[];
}

type Guard = (value: unknown) => boolean;

/** The TypeScript sources below `src` that prettier would format otherwise than they are. */
async function changedByPrettier(src: string): Promise<{ checked: number; files: string[] }> {
  const sources = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts"));
  const files: string[] = [];
  for (const file of sources) {
    const text = readFileSync(join(src, file), "utf8");
    if ((await formatTypeScript(text)) !== text) files.push(file);
  }
  return { checked: sources.length, files };
}

async function checkFolder(docs: string, keep: boolean, cases: readonly ValueCase[]): Promise<boolean> {
  const work = mkdtempSync(join(tmpdir(), "mdspec-corpus-"));
  const out = join(work, "corpus");
  try {
    console.log(`\n${docs}`);
    const started = performance.now();
    const result = await generate({ specs: docs, out, packageName: "corpus" });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const errors = result.diagnostics.filter((d) => d.severity === "error").length;
    const warnings = result.diagnostics.length - errors;
    console.log(`  generate: ${result.models} models, ${errors} errors, ${warnings} warnings (${seconds} s)`);
    if (result.diagnostics.length > 0) console.log(reportText(result.diagnostics, { specsRoot: docs, color: false }));
    if (!result.ok) return false;

    const check = tsc(["-p", "tsconfig.json", ...STRICT_FLAGS], out);
    console.log(`  type-check (${STRICT_FLAGS.join(" ")}): ${check.status === 0 ? "clean" : "FAILED"}`);
    if (check.status !== 0) {
      console.log(check.output);
      return false;
    }

    const changed = await changedByPrettier(join(out, "src"));
    console.log(`  layout: ${changed.checked} sources, ${changed.files.length} that prettier would change`);
    if (changed.files.length > 0) {
      console.log(changed.files.slice(0, 10).map((file) => `    ${file}`).join("\n"));
      return false;
    }

    const tally = await checkExamples(docs, out);
    return report(tally) && (await checkValues(out, cases));
  } finally {
    if (keep) console.log(`  package kept in ${out}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

async function checkExamples(docs: string, out: string): Promise<Tally> {
  const parsed = parseSpecs(readSpecFiles(docs));
  const built = buildModels(parsed.documents, { root: docs, pages: parsed.pages });
  if (hasErrors(built.diagnostics)) throw new Error("the models did not build, though the package generated");
  const { plan } = planPackage(built.resolved);
  const models = new Map<string, Model>(built.resolved.models.map((m) => [m.id, m]));
  const tally: Tally = { docs: parsed.documents.length, typescriptDocs: 0, withoutExample: 0, evaluated: 0, accepted: 0, invalid: 0, mutants: 0, rejected: 0, exceptions: [] };

  for (const document of parsed.documents) {
    if (document.dialect !== "typescript") continue;
    tally.typescriptDocs++;
    const model = built.resolved.models.find((m) => m.file === document.file && m.anchor === undefined);
    const planned = model && plan.byId.get(model.id);
    const code = model?.examples[0];
    const example = code === undefined ? undefined : readExampleValue(code);
    if (!model || !planned || example === undefined || example.kind === "none") {
      tally.withoutExample++;
      continue;
    }
    if (example.kind === "unreadable") {
      tally.evaluated++;
      tally.exceptions.push(`${document.file}: example not readable: ${example.reason}`);
      continue;
    }
    const module = (await import(pathToFileURL(join(out, "dist", `${planned.module}.js`)).href)) as Record<string, Guard>;
    const guard = module[planned.guardName]!;
    if (!guard(example.value)) {
      const invalidDate = invalidDateIn(example.value);
      if (invalidDate === undefined) {
        tally.evaluated++;
        tally.exceptions.push(`${document.file}: ${planned.guardName} rejects the example ${preview(example.value)}`);
      } else {
        tally.invalid++;
        tally.exceptions.push(`${document.file}: invalid example, ${invalidDate} is an Invalid Date`);
      }
      continue;
    }
    tally.evaluated++;
    tally.accepted++;
    for (const mutant of mutantsOf(model, example.value, models)) {
      tally.mutants++;
      if (guard(mutant.value)) tally.exceptions.push(`${document.file}: ${planned.guardName} accepts the example ${mutant.change}`);
      else tally.rejected++;
    }
  }
  return tally;
}

/** Each case's verdict from its model's guard, and from its validator (no issue exactly when valid). */
async function checkValues(out: string, cases: readonly ValueCase[]): Promise<boolean> {
  if (cases.length === 0) return true;
  const root = (await import(pathToFileURL(join(out, "dist/index.js")).href)) as Record<string, unknown>;
  const wrong: string[] = [];
  for (const { model, value, valid, why } of cases) {
    const guard = root[`is${model}`];
    const validate = root[`validate${model}`];
    if (typeof guard !== "function" || typeof validate !== "function") {
      wrong.push(`${model}: no such model at the package's root`);
      continue;
    }
    const accepted = (guard as Guard)(value);
    const issues = (validate as (value: unknown) => Array<{ path: string; expected: string }>)(value);
    if (accepted !== valid) wrong.push(`${model}, ${why}: the guard ${accepted ? "accepts" : "rejects"} it`);
    else if ((issues.length === 0) !== valid) wrong.push(`${model}, ${why}: the validator ${issues.length === 0 ? "finds no issue" : `reports ${JSON.stringify(issues)}`}`);
  }
  console.log(`  values: ${cases.length - wrong.length} of ${cases.length} judged as written`);
  for (const line of wrong) console.log(`  wrong: ${line}`);
  return wrong.length === 0;
}

function report(tally: Tally): boolean {
  const acceptedShare = tally.evaluated === 0 ? 1 : tally.accepted / tally.evaluated;
  const rejectedShare = tally.mutants === 0 ? 1 : tally.rejected / tally.mutants;
  console.log(`  docs: ${tally.docs}, TypeScript dialect: ${tally.typescriptDocs}, of which without an example value: ${tally.withoutExample}`);
  console.log(`  examples: ${tally.accepted} of ${tally.evaluated} accepted (${percent(acceptedShare)}; at least ${percent(MIN_ACCEPTED)} required)`);
  console.log(`  invalid examples (rejected, left out of the share): ${tally.invalid}`);
  console.log(`  mutants: ${tally.rejected} of ${tally.mutants} rejected (${percent(rejectedShare)}; at least ${percent(MIN_REJECTED)} required)`);
  for (const line of tally.exceptions) console.log(`  exception: ${line}`);
  return acceptedShare >= MIN_ACCEPTED && rejectedShare >= MIN_REJECTED;
}

/** The path of an Invalid Date inside a value (`value.data[0].createdAt`), if it holds one. */
function invalidDateIn(value: unknown, path = "value"): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? path : undefined;
  if (typeof value !== "object" || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = invalidDateIn(item, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(2)} %`;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

const { values: flags, positionals: folders } = parseArgs({
  allowPositionals: true,
  options: { keep: { type: "boolean", default: false }, values: { type: "string" } },
});
if (folders.length === 0) {
  console.error("usage: npm run test:corpus -- <docs-dir> [<docs-dir> ...] [--keep] [--values <file>]");
  process.exit(2);
}
const cases = flags.values === undefined ? [] : ((await import(pathToFileURL(resolve(flags.values)).href)) as { cases: ValueCase[] }).cases;
let passed = true;
for (const folder of folders) passed = (await checkFolder(resolve(folder), flags.keep, cases)) && passed;
console.log(passed ? "\ncorpus acceptance: passed" : "\ncorpus acceptance: FAILED");
process.exitCode = passed ? 0 : 1;

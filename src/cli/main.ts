#!/usr/bin/env node
/**
 * The mdspec command line. Exit codes: 0 success, 1 spec errors (or, with
 * --check, output that would change), 2 usage and file system errors,
 * 3 a fault in mdspec itself, 130/143 interrupted by SIGINT/SIGTERM.
 */
import { basename, resolve } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { reportJson, reportText } from "../diagnostics/report.js";
import { generate, version } from "../generate.js";
import { OutputFolderError } from "../write/output-folder.js";
import { watchInterrupts } from "./interrupt.js";

const EXIT_OK = 0;
const EXIT_SPEC_ERRORS = 1;
const EXIT_USAGE = 2;
const EXIT_INTERNAL = 3;

interface GenerateFlags {
  specs: string;
  out: string;
  name?: string;
  check: boolean;
  allowUnresolved: boolean;
  format: "text" | "json";
  prettier: boolean;
}

function program(): Command {
  const cli = new Command("mdspec")
    .description("Generate TypeScript types, type guards and docs from markdown model specs.")
    .version(version)
    .showSuggestionAfterError(true)
    .exitOverride();

  cli
    .command("generate", { isDefault: true })
    .description("Read the specs folder and write the generated package.")
    .option("--specs <dir>", "folder of markdown specs", "specs")
    .option("--out <dir>", "folder to write the package to", "generated")
    .option("--name <name>", "package name (default: the out folder's name)")
    .option("--check", "write nothing; exit 1 if the output would change", false)
    .option("--allow-unresolved", "type unresolved references as unknown, with a warning", false)
    .addOption(new Option("--format <format>", "diagnostics format").choices(["text", "json"]).default("text"))
    .option("--no-prettier", "skip formatting the output with prettier")
    .exitOverride()
    .action(async (flags: GenerateFlags) => {
      process.exitCode = await runGenerate(flags);
    });
  return cli;
}

async function runGenerate(flags: GenerateFlags): Promise<number> {
  const specs = resolve(flags.specs);
  const out = resolve(flags.out);
  const packageName = flags.name ?? defaultPackageName(out);
  const color = process.stderr.isTTY === true && !("NO_COLOR" in process.env);
  const interrupts = watchInterrupts((signal) => {
    process.stderr.write(`mdspec: ${signal} received; stopping without changing ${flags.out}\n`);
  });
  try {
    const result = await generate({
      specs,
      out,
      packageName,
      check: flags.check,
      allowUnresolved: flags.allowUnresolved,
      format: flags.prettier,
      signal: interrupts.signal,
    });
    if (interrupts.received()) {
      // The signal came while the package was being written: the write was completed, not cut short.
      process.stderr.write(`mdspec: the run was interrupted after ${flags.out} was written in full.\n`);
      return interrupts.exitCode();
    }
    const report = { specsRoot: specs, color };
    if (flags.format === "json") process.stdout.write(reportJson(result.diagnostics, report) + "\n");
    else if (result.diagnostics.length > 0) process.stderr.write(reportText(result.diagnostics, report) + "\n");
    if (result.changed) {
      if (result.changed.length > 0) {
        process.stderr.write(`${result.changed.length} generated file(s) are out of date:\n`);
        for (const path of result.changed.slice(0, 50)) process.stderr.write(`  ${path}\n`);
        process.stderr.write("Run `mdspec generate` to update them.\n");
        return EXIT_SPEC_ERRORS;
      }
      if (flags.format === "text") process.stderr.write(`${result.models} models: the output is up to date.\n`);
      return result.ok ? EXIT_OK : EXIT_SPEC_ERRORS;
    }
    if (!result.ok) return EXIT_SPEC_ERRORS;
    if (flags.format === "text") process.stderr.write(`Generated ${result.models} models into ${flags.out}.\n`);
    return EXIT_OK;
  } catch (error) {
    if (interrupts.received()) return interrupts.exitCode();
    if (error instanceof OutputFolderError || isFileSystemError(error)) {
      process.stderr.write(`mdspec: ${error.message}\n`);
      return EXIT_USAGE;
    }
    return internalError(error);
  } finally {
    interrupts.dispose();
  }
}

/**
 * A fault in mdspec, not in the specs: said in one line, with the way to
 * see more. Specs are never the cause of a stack trace.
 */
function internalError(error: unknown): number {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`mdspec: internal error: ${message}\n`);
  if (process.env["MDSPEC_DEBUG"]) process.stderr.write(`${error instanceof Error ? error.stack : ""}\n`);
  else process.stderr.write("This is a bug in mdspec. Set MDSPEC_DEBUG=1 to see where it happened, and please report it.\n");
  return EXIT_INTERNAL;
}

/** The out folder's name, made a valid npm package name. */
function defaultPackageName(out: string): string {
  const name = basename(out)
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/gu, "-")
    .replace(/^[._-]+/u, "");
  return name === "" ? "models" : name;
}

/** An error from the file system (a missing folder, a file that cannot be read or written). */
function isFileSystemError(error: unknown): error is Error {
  return error instanceof Error && "code" in error && typeof error.code === "string" && /^E[A-Z]+$/u.test(error.code);
}

try {
  await program().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end with code 0; anything else commander rejects is a usage error.
    process.exitCode = error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  } else {
    process.exitCode = internalError(error);
  }
}

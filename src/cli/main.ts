#!/usr/bin/env node
/**
 * The mdspec command line: `generate` (the default), `check` and `watch`.
 * Exit codes: 0 success, 1 spec errors (or, for check, output that would
 * change), 2 usage and file system errors (unknown options, a bad config, a
 * missing folder), 3 a fault in mdspec itself, 130/143 interrupted by
 * SIGINT/SIGTERM.
 */
import { requirePackage } from "../base/require-package.js";
import { ConfigError, CONFIG_KEYS } from "../config/config.js";
import { closest } from "../diagnostics/suggest.js";
import { wantsProgress } from "./progress.js";
import { DATE_HANDLINGS, DEFAULT_OUTPUTS, OUTPUT_KINDS } from "../emit/options.js";
import { version } from "../run/options.js";
import { watchInterrupts } from "./interrupt.js";
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, processOutput, runOnce, shownPath } from "./run.js";
import { resolveSettings, type CliFlags } from "./settings.js";

const { Command, CommanderError, Option } = requirePackage("commander") as typeof import("commander");
/** A command, as its parsers and actions take it. */
type Command = import("commander").Command;

type Mode = "generate" | "check" | "watch";

const CONFIG_HELP = `
Options may also be set in a config file, found in the current folder or the
nearest folder above it: mdspec.config.ts, mdspec.config.js, mdspec.config.mjs,
mdspec.config.json, or an "mdspec" key in package.json. Flags override it.
Config keys: ${CONFIG_KEYS.join(", ")}.

  // mdspec.config.ts
  import { defineConfig } from "mdspec";
  export default defineConfig({
    specs: "docs/models",
    out: "packages/models",
    name: "@acme/models",
    packageVersion: "1.0.0",
    emit: ["types", "guards", "validators", "docs", "json-schema"],
    naming: { guard: "is", validate: "validate", assert: "assert" },
    dates: "string",
    prettier: true,
  });

Exit codes: 0 success, 1 errors in the specs (or check found changes), 2 usage and file
system errors, 3 a fault in mdspec, 130/143 interrupted by SIGINT/SIGTERM.
Colours are used on a terminal only, and never when NO_COLOR is set.`;

function program(): Command {
  const cli = new Command("mdspec")
    .description("Generate TypeScript types, type guards, validators, JSON Schemas and docs from markdown model specs.")
    .version(version)
    .showSuggestionAfterError(true)
    .exitOverride()
    .addHelpText("after", CONFIG_HELP);

  const commands: Array<[Mode, string, boolean]> = [
    ["generate", "Read the specs folder and write the generated package (the default command).", true],
    ["check", "Write nothing; exit 1 if the generated package is out of date (for CI).", false],
    ["watch", "Generate, then regenerate whenever a spec is saved, added or deleted; Ctrl-C stops.", false],
  ];
  for (const [mode, description, isDefault] of commands) {
    const command = cli.command(mode, { isDefault }).description(description);
    sharedOptions(command);
    if (mode === "generate") {
      command.option("--check", "same as the check command");
      command.option("--watch", "same as the watch command");
    }
    command
      .showSuggestionAfterError(true)
      // Stray words are reported by strayArguments, which knows the commands and the options they might have meant.
      .allowExcessArguments(true)
      .exitOverride()
      .addHelpText("after", CONFIG_HELP)
      .action(async (flags: CliFlags & { check?: boolean; watch?: boolean }) => {
        const stray = strayArguments(cli, command, commands.map(([name]) => name));
        if (stray !== undefined) command.error(stray, { exitCode: EXIT_USAGE, code: "mdspec.strayArgument" });
        const chosen: Mode = mode === "generate" ? (flags.watch ? "watch" : flags.check ? "check" : "generate") : mode;
        process.exitCode = await run(chosen, flags, command);
      });
  }
  return cli;
}

/**
 * What to say about words the command line has where none are taken: a
 * mistyped command (`mdspec generat`, which would otherwise run the default
 * command with a stray argument), or a folder given without its option
 * (`mdspec generate docs/models`).
 */
function strayArguments(cli: Command, command: Command, names: readonly string[]): string | undefined {
  const [word] = command.args;
  if (word === undefined) return undefined;
  // The program's own first operand is the command as typed; it is not this command's name when this one ran as the default.
  const typedCommand = cli.args[0] === command.name();
  const meant = closest(word, names);
  if (!typedCommand && names.includes(word)) {
    return `error: the command '${word}' must come first, before any option: mdspec ${word} [options]`;
  }
  if (!typedCommand && meant !== undefined) return `error: unknown command '${word}'; did you mean '${meant}'?`;
  const asFolder = `to read specs from a folder, pass it with --specs (mdspec ${command.name()} --specs ${word})`;
  if (!typedCommand) return `error: unknown command '${word}'; the commands are ${names.join(", ")}; ${asFolder}`;
  return `error: unexpected argument '${word}': ${command.name()} takes options only; ${asFolder}`;
}

function sharedOptions(command: Command): void {
  command
    .option("--specs <dir>", "folder of markdown specs (default: specs; config: specs)")
    .option("--include <glob...>", "read only the files of the specs folder that match (default: every .md and .mdx file; config: include)")
    .option("--exclude <glob...>", "do not read the files of the specs folder that match (config: exclude)")
    .option("--out <dir>", "folder to write the package to (default: generated; config: out)")
    .option("--name <name>", "the package's npm name (default: the out folder's name; config: name)")
    .option("--package-version <version>", "the package's version, a SemVer version (default: 0.0.0; config: packageVersion)")
    .option(
      "--emit <outputs>",
      `comma-separated parts to write, from ${OUTPUT_KINDS.join(", ")}; types are always written ` +
        `(default: ${DEFAULT_OUTPUTS.join(",")}; config: emit)`,
    )
    .addOption(new Option("--dates <handling>", "how dates are typed and checked (default: as-written; config: dates)").choices(DATE_HANDLINGS))
    .option("--prettier", "format the TypeScript sources with prettier (the default; config: prettier)")
    .option("--no-prettier", "skip formatting the TypeScript sources with prettier")
    .option("--allow-unresolved", "type unresolved references, unknown type names and unreadable types as unknown, with a warning (config: allowUnresolved)")
    .option("--cache-dir <dir>", "folder that keeps parsed specs, the last plan and the emitter's compiled code between runs (default: node_modules/.cache/mdspec)")
    .option("--no-cache", "parse every spec and emit every file anew, reading no cache or manifest")
    .option("--threads <n>", "threads to parse and emit on (default: one per core)")
    .option("--config <file>", "read options from this file instead of searching for one")
    .option("--no-config", "ignore config files")
    .addOption(new Option("--format <format>", "how diagnostics are printed").choices(["text", "json"]).default("text"))
    .addOption(new Option("-q, --quiet", "print errors only").conflicts("verbose"))
    .option("-v, --verbose", "also print the config file used, file counts and timings");
}

async function run(mode: Mode, flags: CliFlags, command: Command): Promise<number> {
  let settings;
  try {
    settings = await resolveSettings(flags, (flag) => command.getOptionValueSource(flag) === "cli", process.cwd());
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`mdspec: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  if (settings.verbose) process.stderr.write(`Config: ${settings.configFile ?? "none found"}\n`);
  if (mode === "watch") return (await import("./watch.js")).watchSpecs(settings);
  const out = shownPath(settings.generate.out);
  const interrupts = watchInterrupts((signal) => {
    process.stderr.write(`mdspec: ${signal} received; stopping without changing ${out}\n`);
  });
  try {
    const showProgress = wantsProgress(process.stderr, settings.quiet, settings.format === "json");
    const output = { ...processOutput, ...(showProgress && { progress: process.stderr }) };
    const code = await runOnce(settings, mode === "check", output, interrupts.signal);
    if (interrupts.received() === undefined) return code;
    // The signal came while the package was being written: the write was completed, not cut short.
    process.stderr.write(`mdspec: the run was interrupted after ${out} was written in full.\n`);
    return interrupts.exitCode();
  } catch (error) {
    if (interrupts.received() !== undefined) return interrupts.exitCode();
    throw error;
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

// A reader that stops early (`mdspec --help | head`) closes the pipe: nothing is left to say to it.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT_OK);
    throw error;
  });
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

/**
 * Watch mode: generate, then regenerate whenever a spec is saved, added or
 * deleted. Saves that come together (an editor writing a file in steps, a
 * branch switch) make one run; a save during a run makes one more run after
 * it. A broken save is reported and the output keeps its last good state
 * (a run only replaces the output folder when it succeeds). Ctrl-C stops
 * watching once a run in progress has finished, so no output is half-written.
 */
import { relative, sep } from "node:path";
import { watch } from "chokidar";
import { requirePackage } from "../base/require-package.js";
import { EXIT_OK, EXIT_USAGE, processOutput, runOnce, type RunOutput } from "./run.js";
import type { Settings } from "./settings.js";
import { hiddenShown } from "../base/hidden-text.js";
import { isSpecPath } from "../base/spec-path.js";
import { ConfigError } from "../config/config.js";
import { checkFolders, SpecsFolderError } from "../config/folders.js";

const { createColors } = requirePackage("picocolors") as typeof import("picocolors");

/** How long to wait after a change for the next one before running. */
const SETTLE_MS = 50;

export async function watchSpecs(settings: Settings, output: RunOutput = processOutput): Promise<number> {
  const c = createColors(output.color);
  const { specs, out } = settings.generate;
  const say = (line: string) => {
    if (!settings.quiet) output.stderr(`${line}\n`);
  };
  const insideOut = (path: string) => path === out || path.startsWith(out + sep);

  let running: Promise<unknown> | undefined;
  let pending: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  let stopping = false;

  const run = async (): Promise<void> => {
    const changed = pending;
    pending = [];
    if (changed.length > 0) say(c.dim(`${time()} ${describeChanges(changed, specs)}`));
    try {
      await runOnce(settings, false, output);
    } catch (error) {
      // A bug must not end the watch: report it and wait for the next save.
      output.stderr(`${c.red("mdspec:")} ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    if (!stopping) say(c.dim("Watching for changes (Ctrl-C to stop)…"));
  };
  const schedule = (path: string) => {
    if (stopping || insideOut(path)) return;
    pending.push(path);
    clearTimeout(timer);
    timer = setTimeout(() => void start(), SETTLE_MS);
  };
  const start = async (initial = false): Promise<void> => {
    // One run at a time; whoever finds the field clear after a run takes what has piled up since.
    while (running) await running;
    if (stopping || (!initial && pending.length === 0)) return;
    const current = run();
    running = current;
    await current;
    if (running === current) running = undefined;
  };

  try {
    checkFolders(specs, out);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const origin = error instanceof SpecsFolderError ? ` (The specs folder is ${settings.specsOrigin}.)` : "";
    output.stderr(`${c.red("mdspec:")} ${error.message}${origin}\n`);
    return EXIT_USAGE;
  }

  const watcher = watch(specs, {
    ignoreInitial: true,
    ignored: (path: string) => insideOut(path),
  });
  for (const event of ["add", "change", "unlink", "addDir", "unlinkDir"] as const) {
    watcher.on(event, (path: string) => {
      if (event.endsWith("Dir") || isSpecPath(path)) schedule(path);
    });
  }
  watcher.on("error", (error) => output.stderr(`${c.red("mdspec:")} watching ${specs} failed: ${String(error)}\n`));
  await new Promise<void>((ready) => watcher.once("ready", () => ready()));

  // Ctrl-C is heard from the start, also during the first run, and always lets a run finish.
  const stopped = new Promise<void>((done) => {
    const stop = () => {
      if (stopping) return;
      stopping = true;
      clearTimeout(timer);
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      void (async () => {
        await watcher.close();
        await running;
        say("Stopped watching.");
        done();
      })();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  await start(true);
  await stopped;
  return EXIT_OK;
}

function time(): string {
  return new Date().toTimeString().slice(0, 8);
}

function describeChanges(paths: string[], specs: string): string {
  // File names are shown, never run: a terminal would run the ESC sequences a name may hold.
  const unique = [...new Set(paths.map((p) => hiddenShown(relative(specs, p) || ".")))];
  const shown = unique.slice(0, 3).join(", ");
  return `Changed: ${shown}${unique.length > 3 ? ` and ${unique.length - 3} more` : ""}`;
}

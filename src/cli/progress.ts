/**
 * A progress bar for long runs, on an interactive terminal only: never in CI,
 * when stderr is piped, or with --quiet or JSON output. Short phases do not
 * show one at all.
 */
import { createRequire } from "node:module";
import type { SingleBar } from "cli-progress";
import type { Progress } from "../run/options.js";

/** cli-progress, loaded when a bar is first shown: most runs show none. */
const loadBar = () => (createRequire(import.meta.url)("cli-progress") as typeof import("cli-progress")).SingleBar;

const LABELS: Record<Progress["phase"], string> = { parse: "Parsing specs", emit: "Emitting modules" };

/** Below this many items a phase is over before a bar would help. */
const WORTH_A_BAR = 200;

export interface ProgressBar {
  update(progress: Progress): void;
  stop(): void;
}

export function wantsProgress(stream: NodeJS.WriteStream, quiet: boolean, json: boolean): boolean {
  const ci = process.env["CI"];
  return stream.isTTY === true && !quiet && !json && (ci === undefined || ci === "" || ci === "false");
}

export function progressBar(stream: NodeJS.WriteStream): ProgressBar {
  let bar: SingleBar | undefined;
  let phase: Progress["phase"] | undefined;
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };
  return {
    update(progress) {
      if (progress.total < WORTH_A_BAR) return;
      if (progress.phase !== phase || !bar) {
        stop();
        phase = progress.phase;
        const Bar = loadBar();
        bar = new Bar({
          stream,
          format: `${LABELS[progress.phase]} [{bar}] {value}/{total} {percentage}% {duration}s`,
          hideCursor: true,
          clearOnComplete: true,
        });
        bar.start(progress.total, 0);
      }
      bar.update(progress.done);
    },
    stop,
  };
}

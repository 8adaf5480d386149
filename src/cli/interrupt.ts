/**
 * Ctrl-C and `kill` during a run. The first SIGINT or SIGTERM aborts the
 * run at its next step; the output folder is then left as it was, or, if the
 * package was already being swapped in, completed. Writing the output folder
 * is synchronous, so no handler can run halfway through it. A second signal
 * exits at once: by then nothing is being written either.
 */

/** The conventional exit code of a process ended by a signal: 128 + its number. */
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

export type InterruptSignal = keyof typeof SIGNAL_EXIT_CODES;

export interface InterruptWatch {
  signal: AbortSignal;
  /** The signal that arrived, if one did. */
  received(): InterruptSignal | undefined;
  exitCode(): number;
  /** Stops listening. */
  dispose(): void;
}

export function watchInterrupts(onFirst: (signal: InterruptSignal) => void): InterruptWatch {
  const controller = new AbortController();
  let received: InterruptSignal | undefined;
  const handlers = new Map<InterruptSignal, () => void>();
  for (const name of Object.keys(SIGNAL_EXIT_CODES) as InterruptSignal[]) {
    const handler = (): void => {
      if (received !== undefined) process.exit(SIGNAL_EXIT_CODES[received]);
      received = name;
      onFirst(name);
      controller.abort(new Error(`interrupted by ${name}`));
    };
    handlers.set(name, handler);
    process.on(name, handler);
  }
  return {
    signal: controller.signal,
    received: () => received,
    exitCode: () => (received === undefined ? 0 : SIGNAL_EXIT_CODES[received]),
    dispose: () => handlers.forEach((handler, name) => process.off(name, handler)),
  };
}

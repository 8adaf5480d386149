/**
 * Where a run's time goes, stage by stage, for `--verbose` and the bench.
 * Read, parse, resolve and emit are timed as wall time on the main thread
 * (parse and emit wait there for the work pool); formatting and compiling
 * each module happen in the pool's threads while the rest runs, and are
 * counted as thread time, summed over the threads. Writing is counted on
 * whichever thread wrote: a package written whole has its modules' files
 * written by the threads that emitted them.
 */
import { performance } from "node:perf_hooks";

export const STAGES = ["read", "parse", "resolve", "emit", "format", "compile", "write"] as const;
export type Stage = (typeof STAGES)[number];

export interface StageTiming {
  stage: Stage;
  /** Milliseconds: wall time, or for `threads` stages thread time summed over the threads that ran it. */
  ms: number;
  /** What the stage touched: spec files, models, modules or files written. */
  count: number;
  /** Whether `ms` is thread time, spent while other stages ran. */
  threads: boolean;
}

/** Stages whose time is counted in the threads that run them. */
const THREAD_STAGES: ReadonlySet<Stage> = new Set(["format", "compile"]);

/** Milliseconds a module spent in each step of its emission, in whichever thread emitted it. */
export interface ModuleTimings {
  format: number;
  compile: number;
  /** Writing its files, where the thread wrote them (0 where it did not). */
  write: number;
}

export class Timings {
  readonly #stages = new Map<Stage, { ms: number; count: number }>();

  add(stage: Stage, ms: number, count = 0): void {
    const entry = this.#stages.get(stage) ?? { ms: 0, count: 0 };
    entry.ms += ms;
    entry.count += count;
    this.#stages.set(stage, entry);
  }

  /** Runs `work`, adding its wall time to `stage`. */
  time<T>(stage: Stage, count: number, work: () => T): T {
    const start = performance.now();
    try {
      return work();
    } finally {
      this.add(stage, performance.now() - start, count);
    }
  }

  async timeAsync<T>(stage: Stage, count: number, work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.add(stage, performance.now() - start, count);
    }
  }

  /** The stages that ran, in pipeline order. */
  list(): StageTiming[] {
    return STAGES.flatMap((stage) => {
      const entry = this.#stages.get(stage);
      return entry ? [{ stage, ms: Math.round(entry.ms), count: entry.count, threads: THREAD_STAGES.has(stage) }] : [];
    });
  }
}

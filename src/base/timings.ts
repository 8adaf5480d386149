/**
 * Where a run's time goes, stage by stage, for `--verbose` and the bench.
 * Stages are timed as wall time on the main thread, each without the time
 * of the stages within it (emit formats, compiles and writes as it goes; it
 * and parse wait there for the work pool), so that those add up to the run.
 * Formatting, compiling and writing done in the pool's threads are timed
 * there, while the rest runs, and summed over the threads.
 */
import { performance } from "node:perf_hooks";

export const STAGES = ["read", "parse", "resolve", "emit", "format", "compile", "write"] as const;
export type Stage = (typeof STAGES)[number];

export interface StageTiming {
  stage: Stage;
  /** Milliseconds: wall time on the main thread, plus for `threads` stages the time summed over the pool's threads. */
  ms: number;
  /** What the stage touched: spec files, models, modules or files written. */
  count: number;
  /** Whether `ms` is (or includes) thread time, spent in the pool's threads while other stages ran. */
  threads: boolean;
}

/** Milliseconds a module spent in each step of its emission, in whichever thread emitted it. */
export interface ModuleTimings {
  format: number;
  compile: number;
  /** Writing its files, where the thread wrote them (0 where it did not). */
  write: number;
  /** Whether a pool's thread emitted it, rather than the main thread. */
  inWorker: boolean;
}

export class Timings {
  readonly #stages = new Map<Stage, { ms: number; count: number; threads: boolean }>();
  /** The stages being timed on this thread, innermost last. */
  readonly #open: Stage[] = [];

  /**
   * Adds time to `stage`; `inWorker`, when it was spent in a pool's thread.
   * Time this thread spent within another stage's timing (writing while
   * emitting) is taken off that stage, so each stage's time is its own.
   */
  add(stage: Stage, ms: number, count = 0, inWorker = false): void {
    this.#record(stage, ms, count, inWorker);
    const outer = this.#open.at(-1);
    if (!inWorker && outer !== undefined && outer !== stage) this.#record(outer, -ms, 0, false);
  }

  /** Runs `work`, adding its wall time to `stage`. */
  time<T>(stage: Stage, count: number, work: () => T): T {
    const start = this.#start(stage);
    try {
      return work();
    } finally {
      this.#end(stage, start, count);
    }
  }

  async timeAsync<T>(stage: Stage, count: number, work: () => Promise<T>): Promise<T> {
    const start = this.#start(stage);
    try {
      return await work();
    } finally {
      this.#end(stage, start, count);
    }
  }

  #start(stage: Stage): number {
    this.#open.push(stage);
    return performance.now();
  }

  #end(stage: Stage, start: number, count: number): void {
    this.#open.splice(this.#open.lastIndexOf(stage), 1);
    this.add(stage, performance.now() - start, count);
  }

  #record(stage: Stage, ms: number, count: number, inWorker: boolean): void {
    const entry = this.#stages.get(stage) ?? { ms: 0, count: 0, threads: false };
    entry.ms += ms;
    entry.count += count;
    entry.threads ||= inWorker;
    this.#stages.set(stage, entry);
  }

  /** The stages that ran, in pipeline order. */
  list(): StageTiming[] {
    return STAGES.flatMap((stage) => {
      const entry = this.#stages.get(stage);
      return entry ? [{ stage, ms: Math.round(entry.ms), count: entry.count, threads: entry.threads }] : [];
    });
  }
}

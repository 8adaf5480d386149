/**
 * Spreads a run's work over the machine's cores with a piscina worker pool.
 * Workers cost a module load each (prettier, ts-morph, the parser), so a run
 * with little to do stays on the main thread; the tasks are the same either
 * way (tasks.ts). Work goes out in batches, so messages stay few.
 *
 * A run over a large spec folder starts a worker before it knows what to
 * emit: the worker loads the emitter while this thread reads, resolves and
 * plans, so that when only a few modules changed they go to a worker that
 * is ready for them. More workers start as work queues up.
 */
import { setMaxListeners } from "node:events";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { setImmediate as eventLoopTurn } from "node:timers/promises";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { Piscina } from "piscina";
import type { EmittedModule, WrittenModule } from "../emit/emit-module.js";
import type { ModuleWork } from "../emit/module-files.js";
import type { SpecSource } from "../read/specs-folder.js";
import type { ParsedSpec, Task } from "./tasks.js";
import type { Timings } from "../base/timings.js";
import { codeCacheFolder } from "../base/code-cache.js";

/** The tasks run here too; they load the parser, so only when a run has some to run on this thread. */
const runHere = async (task: Task): Promise<unknown> => (await import("./tasks.js")).runTask(task);

export interface PoolOptions {
  /** Threads to use; 1 keeps everything on the main thread (default: one per core). */
  threads?: number;
  signal?: AbortSignal;
  /** The heap each worker may grow to, in MB (default: WORKER_HEAP_MB). */
  workerHeapMb?: number;
  /** Takes the time each module spent formatting and compiling. */
  timings?: Timings;
}

/**
 * A worker needs about 60 MB of live heap, but V8 lets an uncapped heap grow
 * far past that before collecting; capped, a run's memory stays flat however
 * large it is. A spec too large to emit within the cap is emitted on the
 * main thread, whose heap is not capped.
 */
const WORKER_HEAP_MB = 160;

/**
 * A worker's young generation, in MB. Its objects live for one task at most,
 * so a small nursery loses nothing: on 2,000 specs it cut a cold run's peak
 * memory by about 55 MB and did not slow it down.
 */
const WORKER_NURSERY_MB = 16;

/** Told the number of items finished, as batches finish. */
export type OnProgress = (done: number) => void;

export type OnEmitted<M = EmittedModule> = (emitted: M) => void;

type Counts = Readonly<Record<Task["kind"], number>>;

/**
 * Below this many items of a kind, starting workers costs more than it saves.
 * A pool of two threads, the default on a two-core machine, does little more
 * than the main thread alone (BENCHMARKS.md): there a cold run over 2,063
 * real specs took 0.88 of the pool's time on the main thread alone, an edit
 * run 0.96, 3,000 synthetic specs broke even and 5,000 took 1.18 of it. More
 * threads share the work out further, so a larger pool pays sooner.
 */
const worthAPool = (threads: number): Counts =>
  threads > 2 ? { specs: 400, modules: 48, sources: 48 } : { specs: 3_000, modules: 3_000, sources: 3_000 };

const FROM_SOURCE = import.meta.url.endsWith(".ts");

const BATCH = { specs: 64, modules: 16, sources: 4 } as const;

export class WorkPool {
  readonly #threads: number;
  readonly #worthAPool: Counts;
  readonly #workerHeapMb: number;
  readonly #timingsOut: Timings | undefined;
  readonly #signal: AbortSignal | undefined;
  /** Aborts every task sent to the workers when the run's signal aborts; one listener on the run's signal, however many tasks. */
  readonly #tasks = new AbortController();
  readonly #forwardAbort = () => this.#tasks.abort(this.#signal?.reason);
  #piscina: Piscina | undefined;

  constructor(options: PoolOptions = {}) {
    this.#threads = Math.max(1, options.threads ?? availableParallelism());
    this.#worthAPool = worthAPool(this.#threads);
    this.#signal = options.signal;
    this.#workerHeapMb = options.workerHeapMb ?? WORKER_HEAP_MB;
    this.#timingsOut = options.timings;
    if (this.#signal?.aborted) this.#forwardAbort();
    else this.#signal?.addEventListener("abort", this.#forwardAbort, { once: true });
    // Each task in flight listens to this signal; a large run has thousands.
    setMaxListeners(0, this.#tasks.signal);
  }

  /** Parses specs, reading those not in hand where they are parsed. */
  async specs(files: readonly SpecSource[], onProgress?: OnProgress): Promise<ParsedSpec[]> {
    // Batches finish in any order; each result goes back to its file's place.
    const results: ParsedSpec[] = new Array(files.length);
    let done = 0;
    await this.#map("specs", files, (batch) => ({ kind: "specs", files: batch }), (batch, first) => {
      (batch as ParsedSpec[]).forEach((result, i) => (results[first + i] = result));
      onProgress?.((done += batch.length));
    });
    return results;
  }

  /**
   * Emits modules, handing each to `onEmitted` as its batch finishes (in no
   * set order), so none need be kept. With `writeTo`, the thread that emits
   * a module writes its files below that folder, with its docs page where
   * the work has one, and hands it over as written.
   */
  modules(work: readonly ModuleWork[], format: boolean, onEmitted: OnEmitted<EmittedModule | WrittenModule>, writeTo?: string): Promise<void> {
    const task = (batch: ModuleWork[]): Task => ({ kind: "modules", work: batch, format, ...(writeTo !== undefined && { writeTo }) });
    return this.#map("modules", work, task, (batch) => (batch as Array<EmittedModule | WrittenModule>).forEach(this.#timed(onEmitted)));
  }

  /** Formats and compiles modules whose raw text is known (index modules, the runtime). */
  sources(sources: ReadonlyArray<[string, string]>, format: boolean, onEmitted: OnEmitted): Promise<void> {
    const task = (batch: Array<[string, string]>): Task => ({ kind: "sources", sources: batch, format });
    return this.#map("sources", sources, task, (batch) => (batch as EmittedModule[]).forEach(this.#timed(onEmitted)));
  }

  /** `onEmitted`, after the module's times are added to the run's. */
  #timed<M extends EmittedModule | WrittenModule>(onEmitted: OnEmitted<M>): OnEmitted<M> {
    const timings = this.#timingsOut;
    if (!timings) return onEmitted;
    return (emitted) => {
      const { format, compile, write, inWorker } = emitted.timings;
      timings.add("format", format, 1, inWorker);
      timings.add("compile", compile, 1, inWorker);
      if ("written" in emitted) timings.add("write", write, emitted.written, inWorker);
      onEmitted(emitted);
    };
  }

  /** Starts the workers now if a run over this many spec files is worth a pool, whatever it turns out to emit. */
  warmUpFor(specFiles: number): void {
    if (this.#threads > 1 && specFiles >= this.#worthAPool.specs) this.#pool();
  }

  async close(): Promise<void> {
    this.#signal?.removeEventListener("abort", this.#forwardAbort);
    const piscina = this.#piscina;
    this.#piscina = undefined;
    await piscina?.destroy();
  }

  /** Runs the items in batches, here or in the workers, and hands each batch's results over with the index of its first item. */
  async #map<T>(
    kind: Task["kind"],
    items: readonly T[],
    task: (batch: T[]) => Task,
    onBatch: (results: unknown[], first: number) => void,
  ): Promise<void> {
    const size = BATCH[kind];
    const firsts: number[] = [];
    for (let first = 0; first < items.length; first += size) firsts.push(first);
    const batch = (first: number) => task(items.slice(first, first + size));
    // Parsing a few specs here beats waiting for a worker that is still loading; emitting goes to started workers.
    const pooled = items.length >= this.#worthAPool[kind] || (kind !== "specs" && this.#piscina !== undefined);
    if (this.#threads === 1 || !pooled) {
      for (const first of firsts) {
        this.#signal?.throwIfAborted();
        onBatch((await runHere(batch(first))) as unknown[], first);
        // What oxc's parser returns holds native memory that only a finalizer frees, and finalizers run on
        // event-loop turns: a loop of awaits alone never takes one.
        await eventLoopTurn();
      }
      return;
    }
    const piscina = this.#pool();
    const run = async (first: number): Promise<unknown> => {
      try {
        return await piscina.run(batch(first), { signal: this.#tasks.signal });
      } catch (error) {
        if ((error as { code?: unknown }).code !== "ERR_WORKER_OUT_OF_MEMORY") throw error;
        return runHere(batch(first));
      }
    };
    const batches = firsts.map(async (first) => onBatch((await run(first)) as unknown[], first));
    // Every module of a large run is now queued, so what this thread made for planning them is garbage; what it
    // goes on to make while the workers emit (the keys, the index modules, the docs pages) needs far less. V8
    // would keep the garbage until the old generation reached the limit its last collection set: at 20,000
    // union-heavy specs, about 140 MB kept for the rest of the run.
    if (kind === "modules" && items.length >= this.#worthAPool.modules) collectGarbage();
    await Promise.all(batches);
  }

  #pool(): Piscina {
    if (this.#piscina) return this.#piscina;
    this.#piscina = new (loadPiscina())({
      // Run from its TypeScript source (as the tests do), a worker needs tsx to load its own.
      ...(FROM_SOURCE
        ? { filename: new URL("./worker.ts", import.meta.url).href, execArgv: [...process.execArgv, "--import", "tsx"] }
        : { filename: new URL("./worker.js", import.meta.url).href }),
      // Workers wait for tasks on their event loop, not in Atomics.wait: the loop must turn between tasks for the
      // finalizers that free oxc's parse results to run (see above). Unfreed, they grew each worker by about 9 KB a
      // module, 200 MB over a run of 20,000 specs.
      atomics: "disabled",
      minThreads: 1,
      maxThreads: this.#threads,
      idleTimeout: 1000,
      resourceLimits: { maxOldGenerationSizeMb: this.#workerHeapMb, maxYoungGenerationSizeMb: WORKER_NURSERY_MB },
      // The run's code cache, where it keeps one: a worker loads the emitter as this thread would.
      ...(codeCacheFolder() !== undefined && { workerData: { codeCache: codeCacheFolder() } }),
    });
    // A worker that dies between tasks is replaced by piscina; one that dies in a task fails that task (see #map).
    this.#piscina.on("error", () => {});
    return this.#piscina;
  }
}

/**
 * piscina, loaded when the first worker starts: a run that is up to date,
 * or small enough for this thread alone, does not pay for it. Loaded with
 * `require`, its own format, for it has no ES module but a wrapper.
 */
function loadPiscina(): typeof Piscina {
  return (createRequire(import.meta.url)("piscina") as typeof import("piscina")).Piscina;
}

let fullCollection: (() => void) | undefined;

/**
 * Collects this thread's garbage now, old generation too. Node has no call
 * for it; V8 gives a context made while `--expose-gc` is set a `gc`
 * function. The flag is set for that one context only, so no other context
 * or worker sees the function.
 */
function collectGarbage(): void {
  if (!fullCollection) {
    setFlagsFromString("--expose-gc");
    try {
      fullCollection = runInNewContext("gc") as () => void;
    } finally {
      setFlagsFromString("--no-expose-gc");
    }
  }
  fullCollection();
}

/**
 * The names visible inside one generated module: its own models, and the
 * models it imports, aliased where two would otherwise share a name.
 */
import { posix } from "node:path";
import type { ModuleInput } from "./module-input.js";
import { exportedNames, type PlannedModel } from "./plan.js";
import { guardName, namespaceName } from "./names.js";
import { byCodeUnit, sortedByKey } from "../base/compare.js";

export interface ImportedModel {
  planned: PlannedModel;
  localType: string;
  localGuard: string;
  localValidate: string;
}

/** The names a model's type and functions have inside one module. */
export interface LocalNames {
  type: string;
  guard: string;
  validate: string;
}

export interface ModuleScope {
  module: string;
  /** The names a model's type and guard have inside this module. */
  local(id: string): LocalNames;
  /** Imports grouped by module specifier (`./choices.js`), sorted. */
  imports: Map<string, ImportedModel[]>;
  /**
   * How this module names a JavaScript global (`Date`, `WeakSet`): by its
   * own name, or through `globalThis` where a model of the module hides it.
   */
  global(name: string): string;
  /** Claims a module-level name for the generated code's own use: `base`, or `base_`, `base__`… if taken. */
  reserve(base: string): string;
  /** A helper or type of the package's runtime module (`rt.isRecord`); the module imports the runtime once it names one. */
  runtime(name: string): string;
  /** Whether the module's code names anything of the runtime module. */
  readonly usesRuntime: boolean;
}

export function moduleScope({ module, declared, referenced, naming }: ModuleInput): ModuleScope {
  const names = new Map<string, LocalNames>();
  const used = new Set<string>();
  for (const planned of declared) {
    names.set(planned.model.id, { type: planned.typeName, guard: planned.guardName, validate: planned.validateName });
    for (const name of exportedNames(planned)) used.add(name);
  }

  const imports = new Map<string, ImportedModel[]>();
  const sorted = [...referenced].sort((a, b) => byCodeUnit(a.model.id, b.model.id));
  for (const planned of sorted) {
    const localType = freeName(planned, used);
    const aliased = localType !== planned.typeName;
    const localGuard = aliased ? guardName(localType, naming.guard) : planned.guardName;
    const localValidate = aliased ? guardName(localType, naming.validate) : planned.validateName;
    used.add(localType).add(localGuard).add(localValidate);
    names.set(planned.model.id, { type: localType, guard: localGuard, validate: localValidate });
    const specifier = relativeSpecifier(module, planned.module);
    const list = imports.get(specifier) ?? [];
    list.push({ planned, localType, localGuard, localValidate });
    imports.set(specifier, list);
  }

  let usesRuntime = false;
  return {
    module,
    runtime(name) {
      usesRuntime = true;
      return `rt.${name}`;
    },
    get usesRuntime() {
      return usesRuntime;
    },
    local(id) {
      const found = names.get(id);
      if (!found) throw new Error(`model ${id} is not in scope of module ${module}`);
      return found;
    },
    imports: sortedByKey(imports),
    global: (name) => (used.has(name) ? `globalThis.${name}` : name),
    reserve(base) {
      let name = base;
      while (used.has(name)) name = `${name}_`;
      used.add(name);
      return name;
    },
  };
}

/**
 * The model's own name, or its name prefixed by its folders' names, or
 * numbered, until neither the type's name nor its guard's is taken.
 */
function freeName(planned: PlannedModel, used: Set<string>): string {
  const free = (type: string): boolean => {
    const guard = type === planned.typeName ? planned.guardName : guardName(type);
    return !used.has(type) && !used.has(guard);
  };
  if (free(planned.typeName)) return planned.typeName;
  const folders = planned.model.folder.split("/").filter((s) => s !== "");
  let prefix = "";
  for (let i = folders.length - 1; i >= 0; i--) {
    const ns = namespaceName(folders[i]!);
    prefix = ns.charAt(0).toUpperCase() + ns.slice(1) + prefix;
    const candidate = `${prefix}${planned.typeName}`;
    if (free(candidate)) return candidate;
  }
  for (let n = 2; ; n++) {
    const candidate = `${planned.typeName}${n}`;
    if (free(candidate)) return candidate;
  }
}

/** `./x.js` or `../../a/x.js`: the ESM specifier from one module to another. */
export function relativeSpecifier(from: string, to: string): string {
  // Relative to the file, not to its name as a folder: `errors` seen from `errors/x` is `../errors.js`.
  const path = posix.relative(posix.dirname(from), `${to}.js`);
  return path.startsWith("../") ? path : `./${path}`;
}

/**
 * Lays out the generated package: which module each model lives in, and the
 * names it exports there. One module per spec file, in a folder tree that
 * mirrors the specs folder; each folder is a namespace.
 */
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { ResolvedModels } from "../resolve/resolve.js";
import type { Model } from "../ir/types.js";
import { guardName, modulePath, namespaceName, schemaName, typeName, valuesName } from "./names.js";
import { DEFAULT_NAMING, type Naming } from "./options.js";
import { pageAnchors } from "./page-anchors.js";
import { sortedByKey } from "../base/compare.js";

export interface PlannedModel {
  model: Model;
  /** The exported type's name. */
  typeName: string;
  /** The exported guard's name. */
  guardName: string;
  /** The exported validator's name (`validateX`). */
  validateName: string;
  /** The exported assertion's name (`assertX`). */
  assertName: string;
  /** The exported Standard Schema's name (`xSchema`). */
  schemaName: string;
  /** For enums: the exported array of values. */
  valuesName?: string;
  /** Module path inside the package's source folder, without extension (`chat-ts/models/components/choices`). */
  module: string;
  recursive: boolean;
  /** Whether the package's root also exports the model (its names are unique in the package). */
  atRoot: boolean;
  /** How a consumer reaches the model through namespaces: `["chatTs", "models", "components"]`. */
  namespacePath: string[];
  /** The anchor of its heading on its module's docs page; none for the page's first model, its title. */
  pageAnchor?: string;
}

/** What emitting one module needs of the plan: the naming, and the models it declares and refers to. */
export interface PlanView {
  naming: Naming;
  byId: ReadonlyMap<string, PlannedModel>;
}

export interface PackagePlan {
  /** The prefixes of the generated functions' names. */
  naming: Naming;
  /** Planned models sorted by module, then by position in the spec. */
  models: PlannedModel[];
  byId: Map<string, PlannedModel>;
  /** Module path → the models it declares. */
  modules: Map<string, PlannedModel[]>;
  /** Module folder (`""` for the root) → its subfolders and the namespace name each is exported as. */
  folders: Map<string, { models: PlannedModel[]; namespaces: Map<string, string> }>;
}

export function planPackage(
  resolved: ResolvedModels,
  naming: Naming = DEFAULT_NAMING,
): { plan: PackagePlan; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const models: PlannedModel[] = [];
  const taken = new Map<string, Model>(); // "folder\0exported name" → model
  const moduleOwners = new Map<string, string>(); // module path → spec file

  for (const model of resolved.models) {
    const type = typeName(model.name);
    if (type === undefined) {
      diagnostics.push(
        diagnostic(model.file, "invalid-model-name", `the model name "${model.name}" has no letters or digits to make a TypeScript name from`, model.at),
      );
      continue;
    }
    const module = freeModulePath(modulePath(model.file), model.file, moduleOwners);
    moduleOwners.set(module, model.file);

    const planned: PlannedModel = {
      model,
      typeName: type,
      guardName: guardName(type, naming.guard),
      validateName: guardName(type, naming.validate),
      assertName: guardName(type, naming.assert),
      schemaName: schemaName(type, naming.schema),
      module,
      recursive: resolved.recursive.has(model.id),
      atRoot: false,
      namespacePath: [],
    };
    if (model.shape.kind === "enum") planned.valuesName = valuesName(type);

    const exported = exportedNames(planned);
    const clash = exported.map((name) => taken.get(`${model.folder}\u0000${name}`)).find((m) => m !== undefined);
    if (clash) {
      diagnostics.push(
        diagnostic(
          model.file,
          "name-collision",
          `model "${model.name}" would be exported as ${planned.typeName}, a name ${clash.file} (model "${clash.name}") already takes in this folder`,
          model.at,
        ),
      );
      continue;
    }
    for (const name of exported) taken.set(`${model.folder}\u0000${name}`, model);
    models.push(planned);
  }

  const modules = new Map<string, PlannedModel[]>();
  for (const planned of models) {
    const list = modules.get(planned.module);
    if (list) list.push(planned);
    else modules.set(planned.module, [planned]);
  }
  for (const declared of modules.values()) {
    const anchors = pageAnchors(declared.map(({ typeName, model }) => ({ typeName, kind: model.shape.kind, description: model.description })));
    for (const [i, anchor] of anchors.entries()) if (anchor !== undefined) declared[i]!.pageAnchor = anchor;
  }
  const folders = planFolders(models);
  markRootExports(models, folders.get("")!);
  return { plan: { naming, models, byId: new Map(models.map((m) => [m.model.id, m])), modules, folders }, diagnostics };
}

/**
 * The module path of a spec file: its safe path, numbered where two spec
 * files (`a.md`, `A.md`) reduce to the same one.
 */
function freeModulePath(path: string, file: string, owners: ReadonlyMap<string, string>): string {
  let candidate = path;
  for (let n = 2; owners.has(candidate) && owners.get(candidate) !== file; n++) candidate = `${path}-${n}`;
  return candidate;
}

/** Every name a model may export, whichever parts a run writes, so that names do not depend on the outputs chosen. */
export function exportedNames(planned: PlannedModel): string[] {
  const { typeName, guardName, validateName, assertName, schemaName, valuesName } = planned;
  return [typeName, guardName, validateName, assertName, schemaName, ...(valuesName ? [valuesName] : [])];
}

export function parentFolder(modulePath: string): string {
  const slash = modulePath.lastIndexOf("/");
  return slash === -1 ? "" : modulePath.slice(0, slash);
}

/** Every module folder with its models, and a namespace name for each subfolder that no export of the folder takes. */
function planFolders(models: PlannedModel[]): PackagePlan["folders"] {
  const folders: PackagePlan["folders"] = new Map();
  const children = new Map<string, Set<string>>();
  const folderOf = (path: string) => {
    let entry = folders.get(path);
    if (!entry) {
      entry = { models: [], namespaces: new Map() };
      folders.set(path, entry);
      children.set(path, new Set());
      if (path !== "") {
        folderOf(parentFolder(path));
        children.get(parentFolder(path))!.add(path);
      }
    }
    return entry;
  };
  folderOf("");
  for (const planned of models) folderOf(parentFolder(planned.module)).models.push(planned);
  for (const [path, entry] of folders) {
    const taken = new Set(entry.models.flatMap(exportedNames));
    for (const child of [...children.get(path)!].sort()) {
      let name = namespaceName(child.slice(child.lastIndexOf("/") + 1));
      while (taken.has(name)) name = `${name}_`;
      taken.add(name);
      entry.namespaces.set(child, name);
    }
  }
  for (const planned of models) {
    const path: string[] = [];
    for (let folder = parentFolder(planned.module); folder !== ""; folder = parentFolder(folder)) {
      path.unshift(folders.get(parentFolder(folder))!.namespaces.get(folder)!);
    }
    planned.namespacePath = path;
  }
  return sortedByKey(folders);
}

/** A model is also exported from the root when none of its names is exported by another model or a root namespace. */
function markRootExports(models: PlannedModel[], root: { namespaces: Map<string, string> }): void {
  const count = new Map<string, number>();
  for (const planned of models) {
    for (const name of exportedNames(planned)) count.set(name, (count.get(name) ?? 0) + 1);
  }
  const namespaces = new Set(root.namespaces.values());
  for (const planned of models) {
    planned.atRoot = exportedNames(planned).every((name) => count.get(name) === 1 && !namespaces.has(name));
  }
}

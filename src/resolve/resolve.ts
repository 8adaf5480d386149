/**
 * The resolve stage: links every reference to the model it names and checks
 * the set as a whole (duplicate models, reference cycles, unions that
 * contain themselves).
 *
 * A linked reference resolves by its link, relative to the spec that holds
 * it: `../models/x.md` is the main model of that file, `x.md#section` a model
 * declared under that heading. A link is a path from where the spec really
 * is, so it may climb out of the specs folder and come back in (SDK docs
 * link `../models/x.md` from docs/models/); only a link whose final target
 * lies outside the folder is refused, and it is never followed. Docs also name models without a link
 * (`*components.X*[]`, `### \`models.X\``); those resolve by name: first in
 * the folder the prefix names, then in the spec's own folder, then
 * anywhere if the name is unique. A link that leads inside the folder to no
 * file at all (Speakeasy once wrote `undefined/models/shared/x.md`) falls
 * back on the name the same way, with a warning.
 */
import { posix } from "node:path";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { closest } from "../diagnostics/suggest.js";
import type { Model, RefType, TypeNode } from "../ir/types.js";
import { linkedTo, mapLeaves, referenceTargets, unlinked } from "../ir/walk.js";
import { namedType } from "../ir/type-names.js";
import { unionOf } from "../ir/unions.js";
import { nullsFromExamples } from "./example-nulls.js";
import { byCodeUnit } from "../base/compare.js";
import { decodeLink, isSpecPath, specStem } from "../base/spec-path.js";

export interface ResolveOptions {
  /**
   * The specs folder's real path, with `/` separators: links that climb out
   * of it and back in resolve only when it is known.
   */
  root?: string;
  /** Spec files that were read but are not model specs (operation pages, indexes): a link to one is told apart. */
  pages?: ReadonlySet<string>;
  /** Type unresolved references as `unknown` with a warning instead of failing. */
  allowUnresolved?: boolean;
  /**
   * Spec files that could not be read in full. A link into one of them that
   * leads nowhere is left unreported: the file's own errors say why.
   */
  incomplete?: ReadonlySet<string>;
}

export interface ResolvedModels {
  /** Every model, sorted by id; every reference in them has a target. */
  models: Model[];
  /** Ids of the models that reach themselves through references. */
  recursive: Set<string>;
}

export function resolveModels(
  input: readonly Model[],
  options: ResolveOptions = {},
): { resolved: ResolvedModels; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const sorted = [...input].sort((a, b) => byCodeUnit(a.id, b.id));
  const models = dropDuplicates(sorted, diagnostics);
  // Every spec file the run read, models or not, for links that name one without its extension.
  const files = new Set([...models.map((model) => model.file), ...(options.pages ?? []), ...(options.incomplete ?? [])]);
  const index = new ModelIndex(models, files, options.root);

  const resolveRef = (ref: RefType, from: Model): TypeNode => {
    const target = index.find(ref, from);
    if (target) return linkedTo(ref, target.id);
    const linked = ref.link === undefined ? undefined : index.linkTarget(ref.link, from);
    if (linked?.inside !== undefined && options.incomplete?.has(linked.inside)) return ref;
    const otherwise = ref.otherwise;
    if (otherwise?.kind === "ref") {
      // The reference as written keeps its link, so that an edit run finds it resolved the same way (ir/walk.ts).
      const named = index.find(otherwise, from);
      if (named) return linkedTo(ref, named.id);
    } else if (otherwise) return otherwise;
    if (linkedToNoFile(linked, options, index)) {
      // The spec the link's file name names comes first: where the link's text is a union (`Union[A, B]`), its
      // spec is the union, and the name the text gives is only the first member's.
      const byFileName = ref.link!.includes("#") ? undefined : index.findByFileName(ref, linked!.inside!, from);
      const composed = byFileName ? undefined : composedMembers(ref, from, index);
      if (composed) {
        const message = `the link "${ref.link}" leads to no spec (looked for ${linked!.inside} in the specs folder); "${ref.name}" is read as the union of the types its name joins: ${composed.names.join(", ")}`;
        diagnostics.push(diagnostic(from.file, "link-by-name", message, ref.at));
        return unionOf(composed.members);
      }
      const found = byFileName ?? index.find(unlinked(ref), from);
      if (found) {
        const how = byFileName ? `the model "${found.name}" is taken from ${found.file}, by the link's file name` : `the model "${written(ref)}" is taken from ${found.file}, by its name`;
        diagnostics.push(diagnostic(from.file, "link-by-name", `the link "${ref.link}" leads to no spec (looked for ${linked!.inside} in the specs folder); ${how}`, ref.at));
        return linkedTo(ref, found.id);
      }
    }
    const { message, hint } = unresolved(ref, from.file, linked, options, index);
    if (options.allowUnresolved) {
      diagnostics.push(diagnostic(from.file, "unresolved-reference-allowed", message, ref.at));
      return { kind: "unknown" };
    }
    diagnostics.push(diagnostic(from.file, "unresolved-reference", message, ref.at, hint));
    return ref;
  };

  const resolvedModels = nullsFromExamples(models.map((model) => mapLeaves(model, (type) => (type.kind === "ref" ? resolveRef(type, model) : type))));
  checkSelfContainingUnions(resolvedModels, diagnostics);
  return { resolved: { models: resolvedModels, recursive: findRecursive(resolvedModels) }, diagnostics };
}

/** Whether a link leads inside the specs folder to a path where no spec or page is. */
function linkedToNoFile(linked: LinkTarget | undefined, options: ResolveOptions, index: ModelIndex): boolean {
  return linked?.inside !== undefined && !options.pages?.has(linked.inside) && index.anchorsIn(linked.inside) === undefined;
}

function written(ref: RefType): string {
  return ref.namespace ? `${ref.namespace}.${ref.name}` : ref.name;
}

/** Where a link leads: a path inside the specs folder (relative to it), or a place outside it. */
type LinkTarget = { inside: string; outside?: never } | { inside?: never; outside: string };

/** Why a reference found no model, and what to do about it. */
function unresolved(
  ref: RefType,
  file: string,
  linked: LinkTarget | undefined,
  options: ResolveOptions,
  index: ModelIndex,
): { message: string; hint?: string } {
  if (ref.link === undefined) {
    const defining = index.filesDefining(ref.name);
    if (defining.length > 1) {
      return {
        message: `the model "${written(ref)}" is defined in ${defining.length} folders (${defining.join(", ")}), none of them the spec's own`,
        hint: "Link the spec of the model meant, so that the name leads to one of them.",
      };
    }
    const meant = closest(ref.name, index.names());
    return { message: `no spec defines the model "${written(ref)}"${meant === undefined ? "" : `; did you mean "${meant}"?`}` };
  }
  if (linked?.outside !== undefined) {
    return {
      message: `the link "${ref.link}" leads outside the specs folder (to ${linked.outside}); mdspec reads only the specs folder and never follows links out of it`,
      hint: "Point --specs at a folder that holds the linked spec too (such as the SDK's docs/), fix the link, or pass --allow-unresolved to type it as unknown.",
    };
  }
  if (options.pages?.has(linked!.inside)) {
    return {
      message: `the link "${ref.link}" leads to ${linked!.inside}, which is not a model spec (it has no Fields, Values, Supported Types or Properties section)`,
      hint: "Link the model's own spec, or give the linked page a model section.",
    };
  }
  const target = linked!.inside;
  const anchors = index.anchorsIn(target);
  if (anchors !== undefined) {
    const anchor = ref.link.slice(ref.link.indexOf("#") + 1);
    const meant = closest(anchor, anchors);
    const declared = anchors.length === 0 ? "it declares no model below its title" : `its models below the title are ${anchors.map((a) => `#${a}`).join(", ")}`;
    return { message: `the link "${ref.link}" leads to ${target}, which has no model under #${anchor} (${declared})${meant === undefined ? "" : `; did you mean "#${meant}"?`}` };
  }
  // The linking spec is never what was meant: its sibling `xtype.md` is often the page missing beside `x.md`.
  const others = index.filesIn(posix.dirname(target)).filter((name) => posix.join(posix.dirname(target), name) !== file);
  const meant = closest(posix.basename(target), others);
  return {
    message: `the link "${ref.link}" does not lead to a spec (looked for ${target} in the specs folder)${meant === undefined ? "" : `; did you mean "${meant}"?`}`,
  };
}

class ModelIndex {
  private readonly byFile = new Map<string, Model[]>();
  private readonly byName = new Map<string, Model[]>();
  /** The spec files by their names without folder or extension, made when a link first needs them. */
  private byFileName: Map<string, string[]> | undefined;

  /** `files`: every spec file read, whatever it held; `root`: the specs folder's real path, if known. */
  constructor(
    models: readonly Model[],
    private readonly files: ReadonlySet<string>,
    private readonly root?: string,
  ) {
    for (const model of models) {
      push(this.byFile, model.file, model);
      push(this.byName, model.name, model);
    }
  }

  /** The names of every model, for suggestions. */
  names(): IterableIterator<string> {
    return this.byName.keys();
  }

  /** The spec files that define a model of this name. */
  filesDefining(name: string): string[] {
    return (this.byName.get(name) ?? []).map((model) => model.file);
  }

  /** The anchors of the models a spec file declares below its title; undefined when no spec is at that path. */
  anchorsIn(file: string): string[] | undefined {
    const models = this.byFile.get(file);
    return models && models.flatMap((model) => (model.anchor === undefined ? [] : [model.anchor]));
  }

  /** The names of the spec files in a folder (relative to the specs root; "." for the root), for suggestions. */
  filesIn(folder: string): string[] {
    const prefix = folder === "." ? "" : `${folder}/`;
    return [...this.byFile.keys()].filter((file) => file.startsWith(prefix) && !file.slice(prefix.length).includes("/")).map((file) => file.slice(prefix.length));
  }

  find(ref: RefType, from: Model): Model | undefined {
    return ref.link === undefined ? this.findByName(ref, from) : this.findByLink(ref.link, from);
  }

  /**
   * Where a link leads, as a path from the spec's folder: normalised, and
   * judged by its final target, so that `../models/x.md` from a folder named
   * models/ is back inside. Without the root's real path, a link that climbs
   * above the root is taken to leave it.
   */
  linkTarget(link: string, from: Model): LinkTarget {
    const path = decodeLink(link.split("#")[0]!);
    if (path === "") return { inside: from.file };
    if (path.startsWith("/")) return { outside: path };
    if (this.root === undefined) {
      const target = posix.normalize(posix.join(from.folder, path));
      return target.startsWith("../") || target === ".." ? { outside: target } : { inside: this.specAt(target, path) };
    }
    const target = posix.join(this.root, from.folder, path);
    const inside = posix.relative(this.root, target);
    return inside === "" || inside.startsWith("../") || inside === ".." || posix.isAbsolute(inside) ? { outside: target } : { inside: this.specAt(inside, path) };
  }

  /**
   * The spec a path within the folder names: the path, or where no spec is
   * there, the spec it names without its extension or with the other one.
   * MDX docs link their pages without an extension (`../models/pet`), and
   * pages that moved to MDX keep links to their `.md` names.
   */
  private specAt(path: string, written: string): string {
    // A link to a folder (`../models/`) names no file.
    if (this.files.has(path) || written.endsWith("/")) return path;
    const stem = isSpecPath(path) ? specStem(path) : path;
    return [`${stem}.mdx`, `${stem}.md`].find((candidate) => candidate !== path && this.files.has(candidate)) ?? path;
  }

  private findByLink(link: string, from: Model): Model | undefined {
    const target = this.linkTarget(link, from).inside;
    if (target === undefined) return undefined;
    const inFile = this.byFile.get(target) ?? [];
    const anchor = link.includes("#") ? link.slice(link.indexOf("#") + 1).toLowerCase() : undefined;
    if (anchor === undefined) return inFile.find((m) => m.anchor === undefined) ?? inFile[0];
    // Some generators link a model of the file by the name it is written with (`#StatusEnum`), or by an HTML
    // anchor above its heading, rather than by its heading's slug.
    return (
      inFile.find((m) => m.anchor === anchor) ??
      inFile.find((m) => m.anchor !== undefined && m.aliases?.some((alias) => alias.toLowerCase() === anchor)) ??
      inFile.find((m) => m.anchor !== undefined && m.name.toLowerCase() === anchor)
    );
  }

  /**
   * The model of the spec a link that leads to no file names by its file
   * name. Of the specs of that name, the one whose path ends as the link's
   * does (`models/components/x.md` for `undefined/models/components/x.md`),
   * else the one in the folder the link's text names (`components.X`), else
   * the one beside the linking spec, else the only one. Speakeasy's docs of
   * 2023 wrote some links from a path that was never filled in.
   */
  findByFileName(ref: RefType, target: string, from: Model): Model | undefined {
    if (this.byFileName === undefined) {
      this.byFileName = new Map();
      for (const file of this.byFile.keys()) push(this.byFileName, specStem(posix.basename(file)), file);
    }
    const named = this.byFileName.get(specStem(posix.basename(target))) ?? [];
    const tails = new Map(named.map((candidate) => [candidate, sharedSegments(candidate, target, "end")]));
    const longest = Math.max(0, ...tails.values());
    const file = pickOne(named, (candidate) => longest > 1 && tails.get(candidate) === longest) ??
      (ref.namespace === undefined ? undefined : pickOne(named, (candidate) => posix.basename(posix.dirname(candidate)) === folderNamed(ref.namespace!))) ??
      pickOne(named, (candidate) => posix.dirname(candidate) === posix.dirname(from.file)) ??
      pickOne(named, () => true);
    const models = file === undefined ? [] : this.byFile.get(file)!;
    return models.find((model) => model.anchor === undefined) ?? models[0];
  }

  private findByName(ref: RefType, from: Model): Model | undefined {
    const candidates = this.byName.get(ref.name) ?? [];
    if (candidates.length === 0) return undefined;
    const sameFolder = candidates.filter((m) => m.folder === from.folder);
    if (ref.namespace !== undefined) {
      // The prefix names the folder (`*components.Status*` from operations/), whatever the spec's own folder holds.
      const named = candidates.filter((m) => posix.basename(m.folder) === folderNamed(ref.namespace!));
      if (named.length === 1) return named[0];
    }
    if (sameFolder.length > 0) return sameFolder[0];
    if (candidates.length === 1) return candidates[0];
    // Of several, the one nearest the spec: in a folder that holds the docs of several SDKs, its own SDK's.
    const shared = candidates.map((m) => sharedSegments(m.folder, from.folder, "start"));
    const nearest = Math.max(...shared);
    return nearest > 0 && shared.indexOf(nearest) === shared.lastIndexOf(nearest) ? candidates[shared.indexOf(nearest)] : undefined;
  }
}

/** A model name must be unique within its folder: the folder is its namespace in the package. */
function dropDuplicates(models: Model[], diagnostics: Diagnostic[]): Model[] {
  const seen = new Map<string, Model>();
  const kept: Model[] = [];
  for (const model of models) {
    const key = `${model.folder}\u0000${model.name}`;
    const first = seen.get(key);
    if (first) {
      diagnostics.push(
        diagnostic(
          model.file,
          "duplicate-model",
          `model "${model.name}" is already defined in ${first.file}:${first.at.start.line}`,
          model.at,
        ),
      );
      continue;
    }
    seen.set(key, model);
    kept.push(model);
  }
  return kept;
}

/** Models that can reach themselves by following references (their guards must stop on cycles). */
function findRecursive(models: readonly Model[]): Set<string> {
  const edges = new Map<string, string[]>();
  for (const model of models) edges.set(model.id, referenceTargets(model));
  return new Set(cycles(edges).flat());
}

/**
 * A union model that is one of its own members — directly, or through other
 * union models — has no finite meaning: `type A = string | A` does not
 * compile, and its guard would never end. Referring back through a list, a
 * map or an object is fine.
 */
function checkSelfContainingUnions(models: readonly Model[], diagnostics: Diagnostic[]): void {
  const byId = new Map(models.map((m) => [m.id, m]));
  const edges = new Map<string, string[]>();
  for (const model of models) {
    if (model.shape.kind !== "union") continue;
    const targets: string[] = [];
    const visit = (type: TypeNode): void => {
      if (type.kind === "union") type.members.forEach(visit);
      else if (type.kind === "ref" && type.target && byId.get(type.target)?.shape.kind === "union") targets.push(type.target);
    };
    model.shape.members.forEach(visit);
    edges.set(model.id, targets);
  }
  for (const cycle of cycles(edges)) {
    const names = cycle.map((id) => byId.get(id)!.name);
    for (const id of cycle) {
      const model = byId.get(id)!;
      const through = cycle.length === 1 ? "" : ` through ${names.filter((name) => name !== model.name).join(", ")}`;
      diagnostics.push(
        diagnostic(model.file, "self-containing-union", `model "${model.name}" is a union that contains itself${through}`, model.at),
      );
    }
  }
}

/**
 * The cycles of a graph: its strongly connected components of more than one
 * node, and single nodes with an edge to themselves. Tarjan's algorithm,
 * iteratively, so that deep graphs cannot overflow the stack.
 */
function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const indexOf = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  let next = 0;
  for (const root of edges.keys()) {
    if (indexOf.has(root)) continue;
    const work: Array<{ id: string; edge: number }> = [{ id: root, edge: 0 }];
    indexOf.set(root, next);
    lowLink.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = edges.get(frame.id) ?? [];
      if (frame.edge < targets.length) {
        const target = targets[frame.edge++]!;
        if (!indexOf.has(target)) {
          indexOf.set(target, next);
          lowLink.set(target, next++);
          stack.push(target);
          onStack.add(target);
          work.push({ id: target, edge: 0 });
        } else if (onStack.has(target)) {
          lowLink.set(frame.id, Math.min(lowLink.get(frame.id)!, indexOf.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) lowLink.set(parent.id, Math.min(lowLink.get(parent.id)!, lowLink.get(frame.id)!));
      if (lowLink.get(frame.id) === indexOf.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        const selfLoop = (edges.get(frame.id) ?? []).includes(frame.id);
        if (component.length > 1 || selfLoop) found.push(component.reverse());
      }
    }
  }
  return found;
}

/**
 * OpenAPI Generator's older JavaScript, PHP, Java and Ruby clients name an
 * inline oneOf or anyOf by joining its members' names, and link a page they
 * never write: `[**OneOfstringlong**](OneOfstringlong.md)`,
 * `OneOfTitleEnumBlankEnumNullEnum`. The members are the types the name
 * splits into: the fewest known type names and models of the docs that make
 * it up whole. Undefined where it splits into none.
 */
function composedMembers(ref: RefType, from: Model, index: ModelIndex): { members: TypeNode[]; names: string[] } | undefined {
  const joined = /^(?:OneOf|AnyOf)(.+)$/u.exec(ref.name)?.[1];
  if (joined === undefined || ref.link === undefined || specStem(posix.basename(decodeLink(ref.link))) !== ref.name) return undefined;
  const member = (name: string): TypeNode | undefined => {
    if (name.toLowerCase() === "null") return { kind: "null" };
    const known = namedType(name, "openapi-generator");
    if (known) return known;
    const model = index.find({ kind: "ref", name, at: ref.at }, from);
    return model && linkedTo({ kind: "ref", name, at: ref.at }, model.id);
  };
  // The fewest pieces that make up the name up to each position.
  const best: Array<{ members: TypeNode[]; names: string[] } | undefined> = [{ members: [], names: [] }];
  for (let end = 1; end <= joined.length; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start];
      if (before === undefined || (best[end] !== undefined && best[end]!.names.length <= before.names.length + 1)) continue;
      const name = joined.slice(start, end);
      const type = member(name);
      if (type) best[end] = { members: [...before.members, type], names: [...before.names, name] };
    }
  }
  return best[joined.length];
}

/** The folder a name's prefix names: its last part (`components` for `models.components`). */
function folderNamed(namespace: string): string {
  return namespace.slice(namespace.lastIndexOf(".") + 1);
}

/** The one item that passes the test, if exactly one does. */
function pickOne<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  const passing = items.filter(test);
  return passing.length === 1 ? passing[0] : undefined;
}

/**
 * How many path segments two paths share at their start or their end:
 * `a/models/x` and `a/models` start with 2 alike, `models/a/x.md` and
 * `u/models/a/x.md` end with 3.
 */
function sharedSegments(a: string, b: string, from: "start" | "end"): number {
  const segments = (path: string) => {
    const parts = path.split("/").filter((part) => part !== "" && part !== ".");
    return from === "end" ? parts.reverse() : parts;
  };
  const [left, right] = [segments(a), segments(b)];
  let shared = 0;
  while (shared < left.length && shared < right.length && left[shared] === right[shared]) shared++;
  return shared;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}


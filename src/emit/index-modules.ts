/**
 * The index modules of a package: one per folder, exporting its models and
 * its subfolders as namespaces, and a root index that also exports every
 * model whose names are unique in the package.
 *
 * They are written in the layout prettier gives them, and are not
 * formatted: they are lists of exports, whose layout is one rule, and on a
 * large package the root index alone is megabytes, which prettier takes
 * seconds and hundreds of megabytes of memory to format.
 */
import { util } from "prettier";
import type { ModuleParts } from "./options.js";
import { parentFolder, type PackagePlan, type PlannedModel } from "./plan.js";
import { PRETTIER_OPTIONS } from "./prettier-options.js";
import { relativeSpecifier } from "./scope.js";

/** Folder (module path prefix, `""` for the root) → index module text. */
export function indexModules(plan: PackagePlan, parts: ModuleParts = { guards: true, validators: false }): Map<string, string> {
  const result = new Map<string, string>();
  for (const [folder, { models, namespaces }] of plan.folders) {
    const index = folder === "" ? "index" : `${folder}/index`;
    const lines = [...namespaces].map(
      ([child, name]) => `export * as ${name} from "${relativeSpecifier(index, `${child}/index`)}";`,
    );
    const exported = folder === "" ? plan.models.filter((m) => m.atRoot || parentFolder(m.module) === "") : models;
    for (const planned of exported) lines.push(exportLine(planned, index, parts));
    // A module with nothing to export is empty, as prettier leaves it.
    result.set(index, lines.length === 0 ? "" : lines.join("\n") + "\n");
  }
  return result;
}

function exportLine(planned: PlannedModel, fromModule: string, parts: ModuleParts): string {
  const names = [
    `type ${planned.typeName}`,
    ...(parts.guards ? [planned.guardName] : []),
    ...(parts.validators ? [planned.validateName, planned.assertName, planned.schemaName] : []),
    ...(planned.valuesName ? [planned.valuesName] : []),
  ];
  return namedList("export", names, relativeSpecifier(fromModule, planned.module));
}

/**
 * `export { names } from "specifier";` (or `import`) as prettier lays it out:
 * on one line where the line fits the print width, else one name a line,
 * with a trailing comma. A single name is never broken out.
 */
export function namedList(keyword: "import" | "export", names: readonly string[], specifier: string): string {
  const line = `${keyword} { ${names.join(", ")} } from "${specifier}";`;
  if (names.length === 1 || util.getStringWidth(line) <= PRETTIER_OPTIONS.printWidth) return line;
  return `${keyword} {\n${names.map((name) => `  ${name},\n`).join("")}} from "${specifier}";`;
}

/**
 * The parts of ts-morph the emitter uses, loaded with `require`. ts-morph is
 * one large CommonJS bundle: imported as ESM, Node would first scan all of
 * it for the names it exports, which costs a run that emits one module more
 * than emitting it does. It and the bundles it loads (the TypeScript
 * compiler among them) go through V8's code cache where a run enabled it.
 */
import type * as TsMorph from "ts-morph";
import { requireBundle } from "../base/code-cache.js";

const tsMorph = requireBundle(import.meta.url, "ts-morph", ["@ts-morph/common/dist/typescript.js", "@ts-morph/common"]) as typeof TsMorph;

export const printStructure: typeof TsMorph.printStructure = tsMorph.printStructure;
export const StructureKind: typeof TsMorph.StructureKind = tsMorph.StructureKind;
export const VariableDeclarationKind: typeof TsMorph.VariableDeclarationKind = tsMorph.VariableDeclarationKind;

export type {
  CodeBlockWriter,
  FunctionDeclarationStructure,
  ImportDeclarationStructure,
  InterfaceDeclarationStructure,
  JSDocStructure,
  OptionalKind,
  PropertySignatureStructure,
  StatementStructures,
  TypeAliasDeclarationStructure,
  VariableStatementStructure,
  WriterFunction,
} from "ts-morph";

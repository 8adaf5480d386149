/**
 * The parts of ts-morph the emitter uses, loaded with `require`. ts-morph is
 * one large CommonJS bundle: imported as ESM, Node would first scan all of
 * it for the names it exports, which costs a run that emits one module more
 * than emitting it does.
 */
import { createRequire } from "node:module";
import type * as TsMorph from "ts-morph";

const tsMorph = createRequire(import.meta.url)("ts-morph") as typeof TsMorph;

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

import * as v from "../../runtime/validation.js";
import { type ChatCompletionContentPartText } from "./chatcompletioncontentparttext.js";
/** The contents of the message. */
export type Content = string | ChatCompletionContentPartText[];
/** Whether `value` is a {@link Content}. */
export declare function isContent(value: unknown): value is Content;
/**
 * Every way `value` differs from a {@link Content}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validateContent(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link Content}. */
export declare function assertContent(value: unknown): asserts value is Content;
/** {@link Content} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const contentSchema: v.StandardSchemaV1<unknown, Content>;

import * as v from "../../runtime/validation.js";
import { type PostV2ProxyCompletionsFinishReason } from "./postv2proxycompletionsfinishreason.js";
export interface PostV2ProxyCompletionsChoices {
	/** The reason the model stopped generating tokens. */
	finish_reason: PostV2ProxyCompletionsFinishReason;
	/** The index of the choice in the list of choices. */
	index: number;
	/** The generated completion text. */
	text: string;
}
/** Whether `value` is a {@link PostV2ProxyCompletionsChoices}. */
export declare function isPostV2ProxyCompletionsChoices(value: unknown): value is PostV2ProxyCompletionsChoices;
/**
 * Every way `value` differs from a {@link PostV2ProxyCompletionsChoices}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validatePostV2ProxyCompletionsChoices(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link PostV2ProxyCompletionsChoices}. */
export declare function assertPostV2ProxyCompletionsChoices(value: unknown): asserts value is PostV2ProxyCompletionsChoices;
/** {@link PostV2ProxyCompletionsChoices} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const postV2ProxyCompletionsChoicesSchema: v.StandardSchemaV1<unknown, PostV2ProxyCompletionsChoices>;

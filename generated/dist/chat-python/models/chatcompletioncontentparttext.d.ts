import * as v from "../../runtime/validation.js";
/** A text content part of a message. */
export interface ChatCompletionContentPartText {
	/** The type of the content part. */
	type: "text";
	/** The text content. */
	text: string;
}
/** Whether `value` is a {@link ChatCompletionContentPartText}. */
export declare function isChatCompletionContentPartText(value: unknown): value is ChatCompletionContentPartText;
/**
 * Every way `value` differs from a {@link ChatCompletionContentPartText}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validateChatCompletionContentPartText(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link ChatCompletionContentPartText}. */
export declare function assertChatCompletionContentPartText(value: unknown): asserts value is ChatCompletionContentPartText;
/** {@link ChatCompletionContentPartText} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const chatCompletionContentPartTextSchema: v.StandardSchemaV1<unknown, ChatCompletionContentPartText>;

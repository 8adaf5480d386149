import * as v from "../../runtime/validation.js";
import { type Created } from "./created.js";
import { type PostV2ProxyCompletionsChoices } from "./postv2proxycompletionschoices.js";
import { type PostV2ProxyCompletionsUsage } from "./postv2proxycompletionsusage.js";
/** Represents a completion response from the API. */
export interface PostV2ProxyCompletionsResponseBody {
	/** A unique identifier for the completion. */
	id: string;
	/** The list of completion choices the model generated for the input prompt. */
	choices: PostV2ProxyCompletionsChoices[];
	/** The Unix timestamp (in seconds) of when the chat completion was created. */
	created?: Created;
	/** The model used for the chat completion. */
	model: string;
	/** This fingerprint represents the backend configuration that the model runs with. */
	system_fingerprint?: string;
	/** The object type */
	object: string;
	/** Usage statistics for the completion request. */
	usage?: PostV2ProxyCompletionsUsage;
}
/** Whether `value` is a {@link PostV2ProxyCompletionsResponseBody}. */
export declare function isPostV2ProxyCompletionsResponseBody(value: unknown): value is PostV2ProxyCompletionsResponseBody;
/**
 * Every way `value` differs from a {@link PostV2ProxyCompletionsResponseBody}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validatePostV2ProxyCompletionsResponseBody(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link PostV2ProxyCompletionsResponseBody}. */
export declare function assertPostV2ProxyCompletionsResponseBody(value: unknown): asserts value is PostV2ProxyCompletionsResponseBody;
/** {@link PostV2ProxyCompletionsResponseBody} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const postV2ProxyCompletionsResponseBodySchema: v.StandardSchemaV1<unknown, PostV2ProxyCompletionsResponseBody>;

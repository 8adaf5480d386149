import { type ChatCompletionContentPartText } from "./chatcompletioncontentparttext.js";
/** The contents of the message. */
export type Content = string | ChatCompletionContentPartText[];
/** Whether `value` is a {@link Content}. */
export declare function isContent(value: unknown): value is Content;

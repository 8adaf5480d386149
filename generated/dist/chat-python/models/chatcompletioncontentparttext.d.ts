/** A text content part of a message. */
export interface ChatCompletionContentPartText {
    /** The type of the content part. */
    type: "text";
    /** The text content. */
    text: string;
}
/** Whether `value` is a {@link ChatCompletionContentPartText}. */
export declare function isChatCompletionContentPartText(value: unknown): value is ChatCompletionContentPartText;

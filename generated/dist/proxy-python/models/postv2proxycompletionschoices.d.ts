import { type PostV2ProxyCompletionsFinishReason } from "./postv2proxycompletionsfinishreason.js";
/** PostV2ProxyCompletionsChoices */
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

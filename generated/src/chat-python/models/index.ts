export { type ChatCompletionChoice, isChatCompletionChoice } from "./chatcompletionchoice.js";
export {
  type ChatCompletionContentPartText,
  isChatCompletionContentPartText,
} from "./chatcompletioncontentparttext.js";
export { type ChatCompletionMessage, isChatCompletionMessage } from "./chatcompletionmessage.js";
export { type ChatCompletionResponse, isChatCompletionResponse } from "./chatcompletionresponse.js";
export { type CompletionUsage, isCompletionUsage } from "./completionusage.js";
export { type Content, isContent } from "./content.js";
export { type FinishReason, isFinishReason, finishReasonValues } from "./finishreason.js";
export { type FunctionCall, isFunctionCall } from "./functioncall.js";
export { type PromptTokensDetails, isPromptTokensDetails } from "./prompttokensdetails.js";
export { type Role, isRole, roleValues } from "./role.js";
export { type ToolCall, isToolCall } from "./toolcall.js";

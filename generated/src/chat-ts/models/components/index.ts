export {
  type ChatCompletionMessageCustomToolCall,
  isChatCompletionMessageCustomToolCall,
} from "./chatcompletionmessagecustomtoolcall.js";
export {
  type ChatCompletionMessageToolCall,
  isChatCompletionMessageToolCall,
} from "./chatcompletionmessagetoolcall.js";
export {
  type ChatCompletionResponseMessage,
  isChatCompletionResponseMessage,
} from "./chatcompletionresponsemessage.js";
export { type Choices, isChoices } from "./choices.js";
export {
  type CompletionTokensDetails,
  isCompletionTokensDetails,
} from "./completiontokensdetails.js";
export { type CompletionUsage, isCompletionUsage } from "./completionusage.js";
export {
  type CreateChatCompletionResponse,
  isCreateChatCompletionResponse,
} from "./createchatcompletionresponse.js";
export { type Custom, isCustom } from "./custom.js";
export { type FinishReason, isFinishReason, finishReasonValues } from "./finishreason.js";
export { type FunctionT, isFunctionT } from "./functiont.js";
export { type ObjectT, isObjectT, objectTValues } from "./objectt.js";
export { type PromptTokensDetails, isPromptTokensDetails } from "./prompttokensdetails.js";
export { type ToolCalls, isToolCalls } from "./toolcalls.js";

export {
  type ChatCompletionMessageCustomToolCall,
  isChatCompletionMessageCustomToolCall,
  validateChatCompletionMessageCustomToolCall,
  assertChatCompletionMessageCustomToolCall,
} from "./chatcompletionmessagecustomtoolcall.js";
export {
  type ChatCompletionMessageToolCall,
  isChatCompletionMessageToolCall,
  validateChatCompletionMessageToolCall,
  assertChatCompletionMessageToolCall,
} from "./chatcompletionmessagetoolcall.js";
export {
  type ChatCompletionResponseMessage,
  isChatCompletionResponseMessage,
  validateChatCompletionResponseMessage,
  assertChatCompletionResponseMessage,
} from "./chatcompletionresponsemessage.js";
export { type Choices, isChoices, validateChoices, assertChoices } from "./choices.js";
export {
  type CompletionTokensDetails,
  isCompletionTokensDetails,
  validateCompletionTokensDetails,
  assertCompletionTokensDetails,
} from "./completiontokensdetails.js";
export {
  type CompletionUsage,
  isCompletionUsage,
  validateCompletionUsage,
  assertCompletionUsage,
} from "./completionusage.js";
export {
  type CreateChatCompletionResponse,
  isCreateChatCompletionResponse,
  validateCreateChatCompletionResponse,
  assertCreateChatCompletionResponse,
} from "./createchatcompletionresponse.js";
export { type Custom, isCustom, validateCustom, assertCustom } from "./custom.js";
export {
  type FinishReason,
  isFinishReason,
  validateFinishReason,
  assertFinishReason,
  finishReasonValues,
} from "./finishreason.js";
export { type FunctionT, isFunctionT, validateFunctionT, assertFunctionT } from "./functiont.js";
export {
  type ObjectT,
  isObjectT,
  validateObjectT,
  assertObjectT,
  objectTValues,
} from "./objectt.js";
export {
  type PromptTokensDetails,
  isPromptTokensDetails,
  validatePromptTokensDetails,
  assertPromptTokensDetails,
} from "./prompttokensdetails.js";
export { type ToolCalls, isToolCalls, validateToolCalls, assertToolCalls } from "./toolcalls.js";

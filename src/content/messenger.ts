import type {
  ContentRequests,
  ContentResponses,
  ErrorResponse,
  Requests,
  RequestType,
  Responses,
} from "../shared/protocol";

/**
 * The content script's lean message client. `browser` (Firefox) and `chrome` (MV3 Chrome) both return
 * promises from `runtime.sendMessage`, so the 10 kB webextension-polyfill stays out of the content script.
 */
interface RuntimeApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: (message: unknown, sender: unknown, respond: (answer: unknown) => void) => boolean): void;
    };
  };
}

const api =
  (globalThis as { browser?: RuntimeApi; chrome?: RuntimeApi }).browser ??
  (globalThis as { chrome?: RuntimeApi }).chrome;

export class WorkerUnavailable extends Error {}

/** Sends one request; rejects with `WorkerUnavailable` when the worker errs or does not answer in time. */
export async function ask<T extends RequestType>(message: Requests[T], timeoutMs = 2_000): Promise<Responses[T]> {
  if (!api?.runtime?.sendMessage) throw new WorkerUnavailable("no extension runtime");
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new WorkerUnavailable("the worker did not answer in time")), timeoutMs);
  });
  try {
    const answer = (await Promise.race([api.runtime.sendMessage(message), timeout])) as
      | Responses[T]
      | ErrorResponse
      | undefined;
    if (answer === undefined || answer === null) throw new WorkerUnavailable("the worker did not answer");
    if (typeof answer === "object" && "error" in answer) throw new WorkerUnavailable(answer.error);
    return answer as Responses[T];
  } catch (error) {
    throw error instanceof WorkerUnavailable ? error : new WorkerUnavailable(String(error));
  } finally {
    clearTimeout(timer);
  }
}

/** Fire and forget: an audit record must never hold up the user. */
export function tell<T extends RequestType>(message: Requests[T]): void {
  ask(message).catch(() => undefined);
}

/** Answers the popup's requests (`tabs.sendMessage`); synchronous `respond` works in Chrome and Firefox. */
export function answerPopup(status: () => ContentResponses["status"]): void {
  api?.runtime?.onMessage?.addListener((message, _sender, respond) => {
    if ((message as Partial<ContentRequests["status"]> | null)?.type !== "status") return false;
    respond(status());
    return false;
  });
}

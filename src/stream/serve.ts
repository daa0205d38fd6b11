/**
 * The worker side of the pool: runs a task handler for every task message and
 * answers with its result or the error it threw. "ready" is sent once the
 * handler's modules are loaded, so the pool starts a task's time budget only
 * when a worker can actually begin it.
 */
import { parentPort } from "node:worker_threads";

export type TaskMessage = { id: number; task: unknown };
export type ReplyMessage = { ready: true } | { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string };

export function serveTasks(handler: (task: never) => unknown): void {
  const port = parentPort;
  if (!port) throw new Error("serveTasks: not in a worker thread");
  port.on("message", (msg: TaskMessage) => {
    let reply: ReplyMessage;
    try {
      reply = { id: msg.id, ok: true, result: handler(msg.task as never) };
    } catch (e) {
      reply = { id: msg.id, ok: false, message: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies ReplyMessage);
}

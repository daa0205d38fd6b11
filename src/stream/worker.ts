/** The worker thread of the batch pool: loads the extractors once and serves tasks. */
import { serveTasks } from "./serve.js";
import { runTask } from "./task.js";

serveTasks(runTask);

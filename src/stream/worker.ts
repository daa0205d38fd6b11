/** The worker thread of the batch pool: loads the extractors once and serves tasks. */
import { serveTasks } from "./serve.js";
import { runTask, runTasks, type Task } from "./task.js";

// A task is one input, or several sent together (see GROUP_* in run.ts).
serveTasks((task: Task | Task[]) => (Array.isArray(task) ? runTasks(task) : runTask(task)));

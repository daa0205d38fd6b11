/** The worker thread of the batch pool: loads the extractors once and serves tasks. */
import { workerData } from "node:worker_threads";
import { serveTasks } from "./serve.js";
import { runTask, runTasks, type Task } from "./task.js";
import { adoptTables, type TablesHandle } from "../lexicon/tables/load.js";

// The pool hands over the lookup tables it read: N workers share one copy instead of reading N.
const tables = (workerData as { tables?: TablesHandle } | null)?.tables;
if (tables) adoptTables(tables);
// A task is one input, or several sent together (see GROUP_* in run.ts).
serveTasks((task: Task | Task[]) => (Array.isArray(task) ? runTasks(task) : runTask(task)));

/**
 * How much memory the batch pool's workers get (see pool.ts). Apart from the
 * pool so that the CLI can name them without loading it.
 */

/**
 * Heap of an ordinary worker (old generation), in MB. Extracting a stream of
 * press releases holds about 30 MB (the extractors' code and data, one group
 * of inputs); single texts of a few MB fit too. V8 grows a heap with a limit
 * of 256 MB or less by the smallest factor (1.3), so the worker stays near
 * what it holds: measured on a 50 MB JSONL stream with --jobs 2, ... (README).
 */
export const WORKER_HEAP_MB = 256;
/**
 * Young generation of an ordinary worker, in MB: V8's largest (two 16 MB
 * semi-spaces and one for large objects), which it would otherwise derive
 * from the machine's memory. Smaller ones cost GC time: more of a group's
 * data outlives a scavenge and is promoted (8 MB semi-spaces: 17 % more CPU
 * time on a JSONL stream for 37 MB less peak RSS with --jobs 2).
 */
export const WORKER_YOUNG_GENERATION_MB = 48;
/** Inputs of more characters go to a worker with the whole budget at once, not first to an ordinary one. */
export const LARGE_TASK_CHARS = 4_000_000;

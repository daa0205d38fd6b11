/**
 * How much memory the batch pool's workers get (see pool.ts). Apart from the
 * pool so that the CLI can name them without loading it.
 */

/**
 * Heap of an ordinary worker (old generation), in MB. Extracting a stream of
 * press releases holds about 30 MB (the extractors' data, one group of
 * inputs); a single text of 8 MB fits too. V8 lets a heap grow, after each
 * full collection, to a multiple of what it holds that depends on the heap's
 * limit: 4× for a limit of 2 GB or more (the --max-memory default), 1.3× for
 * 256 MB or less. So the worker stays near what it holds (README "Memory").
 */
export const WORKER_HEAP_MB = 256;
/**
 * Young generation of an ordinary worker, in MB (V8 splits it into two
 * semi-spaces and a third space for large objects: about 21 MB each). Its
 * size sets the CPU cost of the small heap: what outlives two scavenges (a
 * group's data, extracted stage by stage) is promoted, and the small heap
 * collects promoted garbage often. On a 50 MB JSONL stream with --jobs 2
 * (2-core machine): 48 MB (V8's default here) took 11 % more CPU time than
 * before the small heap, 64 and 96 MB the same as before.
 */
export const WORKER_YOUNG_GENERATION_MB = 64;
/**
 * Inputs of more characters go to a worker with the whole budget at once, not
 * first to an ordinary one where they might run out of memory after a while
 * (half the 8 MB that fitted).
 */
export const LARGE_TASK_CHARS = 4_000_000;

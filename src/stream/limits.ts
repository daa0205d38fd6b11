/**
 * How much memory the batch pool's workers get (see pool.ts). Apart from the
 * pool so that the CLI can name them without loading it.
 *
 * The two limits are set together: the young generation sets how much
 * memory a worker keeps resident whatever it extracts, the old generation's
 * limit how often V8 collects it (README "Memory").
 */

/**
 * Heap of an ordinary worker (old generation), in MB. Extracting a stream of
 * press releases holds about 20–25 MB (the extractors' data and compiled
 * code, one group of inputs); a single text of 8 MB fits too. V8 lets a heap
 * grow, after each full collection, to a multiple of what it still holds
 * that depends on the heap's limit: 1.3× for 256 MB or less, rising linearly
 * to 4× at 2 GB. At 1 GB it is 1.6×: a worker's old generation stays near
 * 25 MB, and it is collected half as often as with 256 MB (1.3×), which pays
 * for the promotions of the smaller young generation below. On a 50 MB JSONL
 * stream with --jobs 2 (2-core machine, GC time from --trace-gc-nvp, whole
 * process): 256 MB / 64 MB young: 4.0–4.5 s GC, 26–30 full collections;
 * 256 MB / 48 MB young: 5.9–6.7 s, 38–44; 1 GB / 48 MB young: 4.0–4.1 s,
 * 15–20; 2 GB / 48 MB young: 5.2 s but 365 MB peak RSS (4×).
 */
export const WORKER_HEAP_MB = 1024;
/**
 * Young generation of an ordinary worker, in MB. V8 splits it into two
 * semi-spaces and a space for large young objects (a third each), and rounds
 * a semi-space up to a power of two: 48 MB gives semi-spaces of 16 MB (32 MB
 * resident), as does 32; 64 MB gave 32 MB each (64 MB resident). A smaller
 * one costs CPU time: what outlives two scavenges (a group's data, extracted
 * stage by stage) is promoted and collected with the old generation. 24 MB
 * (8 MB semi-spaces) took twice the GC time of 48 MB even with the 1 GB heap
 * (9.1 s against 4.0 s on the stream above).
 */
export const WORKER_YOUNG_GENERATION_MB = 48;
/**
 * Inputs of more characters go to a worker with the whole budget at once, not
 * first to an ordinary one where they might run out of memory after a while.
 */
export const LARGE_TASK_CHARS = 4_000_000;

/** Worker-thread entry for batch checking (see batch.ts): one task in, one result out. */
import type { BatchResult, BatchTask } from './batch.js';
import { runTask } from './batch-task.js';

export default function check(task: BatchTask): BatchResult {
  return runTask(task);
}

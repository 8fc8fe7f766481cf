/** Worker-thread entry for batch checking (see batch.ts): one task in, one result out. */
import { runTask, type BatchResult, type BatchTask } from './batch.js';

export default function check(task: BatchTask): BatchResult {
  return runTask(task);
}

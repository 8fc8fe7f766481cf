// Development only: the batch worker when the CLI runs from TypeScript sources under tsx (tests).
// Worker threads do not inherit tsx's module hooks, so register them here, then load the real entry.
import { register } from 'tsx/esm/api';

register();
const { default: check } = await import('./batch-worker.ts');
export default check;

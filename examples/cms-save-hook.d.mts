export interface HookAnswer {
  status: number;
  body: { verdict: { pass: boolean; level: 'pass' | 'warn' | 'block'; reasons: string[] }; findings: Array<{ ruleId: string }>; [key: string]: unknown };
}
export function onSaveDraft(draft: Record<string, unknown>, options?: { justification?: string }): HookAnswer;

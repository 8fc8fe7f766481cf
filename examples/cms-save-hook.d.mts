export interface VerdictCause {
  level: 'warn' | 'block';
  kind: 'severity' | 'score' | 'unjustified-suppression';
  setting: string;
  threshold: string | number | boolean;
  ruleIds: string[];
  count: number;
  score?: number;
  family?: string;
  segment?: string;
}
export interface GenderCount {
  women: number;
  men: number;
  unknown: number;
}
export interface HookAnswer {
  status: number;
  body: {
    verdict: { pass: boolean; level: 'pass' | 'warn' | 'block'; reasons: string[]; causes: VerdictCause[] };
    findings: Array<{ ruleId: string; [key: string]: unknown }>;
    sources: { contributors: GenderCount; newsmakers: GenderCount };
    audit: {
      level: 'pass' | 'warn' | 'block';
      reasons: string[];
      justification: string | null;
      suppressed: Array<{ ruleId: string; field: string; line: number; justification: string | null }>;
    };
    [key: string]: unknown;
  };
}
export function onSaveDraft(draft: Record<string, unknown>, options?: { justification?: string }): HookAnswer;

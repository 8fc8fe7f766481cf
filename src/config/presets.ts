import type { Config, Thresholds } from './schema.js';

/** Built-in presets: plain data a config file can extend. */
export const PRESET_CONFIGS: Record<string, Config & { enableTags?: string[] }> = {
  recommended: { policy: { failOn: 'error', quotedSpeech: 'lower' } },
  strict: { policy: { failOn: 'warning', quotedSpeech: 'keep' } },
  /** Recruitment notices: the coded-word rules (Gaucher, Friesen & Kay 2011) are switched on. */
  recruitment: { enableTags: ['recruitment'] },
};

/**
 * Representation thresholds (B1.x): one-gender sources flagged from 3 sources; women's share of sources below
 * 30% flagged from 4 sources (GMMP 2025 measured 26-29%); the role gap needs 1 man as expert or official;
 * a headline/captions check fires when they name 1 man or more and no woman while the story names a woman.
 * Balance counts the contributors the writer chose (BBC 50:50): people central to the story (officials making the
 * announcement, the subject, the victim, and whoever the headline names) are newsmakers, not counted.
 */
export const DEFAULT_THRESHOLDS = {
  minSourcesForBalance: 3,
  minWomenSourceShare: 0.3,
  minSourcesForShare: 4,
  minMenExpertsForRoleGap: 1,
  minHeadlineMen: 1,
  balanceAppliesTo: 'contributors',
  newsmakerRoles: ['official', 'subject', 'victim'],
  newsmakerSegments: ['title'],
} satisfies Thresholds;

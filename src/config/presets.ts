import type { Config } from './schema.js';

/** Built-in presets: plain data a config file can extend. */
export const PRESET_CONFIGS: Record<string, Config & { enableTags?: string[] }> = {
  recommended: { policy: { failOn: 'error', quotedSpeech: 'lower' } },
  strict: { policy: { failOn: 'warning', quotedSpeech: 'keep' } },
  /** Recruitment notices: the coded-word rules (Gaucher, Friesen & Kay 2011) are switched on. */
  recruitment: { enableTags: ['recruitment'] },
};

export const DEFAULT_THRESHOLDS = { minSourcesForBalance: 3, minWomenSourceShare: 0.3 };

// The model source the action and the CLI use: the Hub at HF_ENDPOINT (default huggingface.co)
// with a token, unless offline (also HF_HUB_OFFLINE=1, the Hub libraries' own switch).

import { createHub, DEFAULT_HUB_ENDPOINT } from '../hub/hub.js';
import { createModelSource, type ModelSource } from './source.js';

export interface ModelSourceSettings {
  root: string;
  offline: boolean;
  token: string;
  tokenHint: string;
  offlineHint: string;
  env?: NodeJS.ProcessEnv;
}

export function modelSourceFromEnv(settings: ModelSourceSettings): ModelSource {
  const env = settings.env ?? process.env;
  const offline = settings.offline || ['1', 'true', 'yes'].includes((env.HF_HUB_OFFLINE ?? '').toLowerCase());
  const endpoint = env.HF_ENDPOINT?.trim() || DEFAULT_HUB_ENDPOINT;
  return createModelSource({
    root: settings.root,
    hub: offline ? null : createHub({ endpoint, token: settings.token || undefined }),
    tokenHint: settings.tokenHint,
    hasToken: settings.token !== '',
    offlineHint: settings.offlineHint,
  });
}

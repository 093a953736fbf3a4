import type { AuthRepository, SessionUser } from '../db/auth.repository.js';
import type { App } from '../main.js';
import type { BatchActionContext } from '../pipeline/batch-review.actions.js';
import type { ActionContext } from '../pipeline/review.actions.js';
import type { LoginRateLimiter } from './login-rate-limiter.js';
import type { PageUser } from './views/layout.view.js';

/** What the routes share: the app's parts, the settings of the web server, the clock. */
export interface WebDeps {
  app: App;
  auth: AuthRepository;
  secure: boolean;
  sessionTtlMinutes: number;
  clock: () => Date;
  limiter: LoginRateLimiter;
}

export type WebEnv = {
  Variables: {
    session: SessionUser;
    secure: boolean;
  };
};

export function pageUser(session: SessionUser): PageUser {
  return { name: session.userName, role: session.role, csrf: session.csrfToken };
}

export function actionContext(deps: WebDeps, session: SessionUser): ActionContext {
  const { config } = deps.app;
  return {
    store: deps.app.store,
    actor: session.userName,
    now: deps.clock(),
    settings: { serviceEstimateDays: config.deadlines.serviceEstimateDays, defaultLetterVariant: config.letters.defaultVariant },
    gazetteer: config.gazetteer,
  };
}

/** For correcting the split of a batch scan: parts are extracted again and may be matched like new documents. */
export function batchActionContext(deps: WebDeps, session: SessionUser): BatchActionContext {
  const { config } = deps.app;
  return {
    ...actionContext(deps, session),
    gazetteer: config.gazetteer,
    settings: {
      serviceEstimateDays: config.deadlines.serviceEstimateDays,
      defaultLetterVariant: config.letters.defaultVariant,
      joinThreshold: config.match.joinThreshold,
      reviewThreshold: config.match.reviewThreshold,
      earlierCaseYears: config.match.earlierCaseYears,
    },
  };
}

export const todayOf = (now: Date): string => now.toISOString().slice(0, 10);

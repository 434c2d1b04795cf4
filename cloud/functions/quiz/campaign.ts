import type { Campaign } from '@domain/quiz/types';
import { COLLECTIONS } from '../../core/collections';
import type { Runtime } from '../../core/runtime';

/** The quiz window's one document in `quizSettings` (written by `quiz.setCampaign`). */
export const CAMPAIGN_ID: Campaign['_id'] = 'campaign';

/** The stored quiz window, or null while none is set (the quiz is then open all year). */
export const campaignOf = (runtime: Runtime) => runtime.store.get<Campaign>(COLLECTIONS.quizSettings, CAMPAIGN_ID);

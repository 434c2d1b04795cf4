import { defineFunction } from '../../core/router';
import { bankActions } from './bank';
import { citizenActions } from './citizen';
import { organizerActions } from './organizer';

/** 网络知识答题 · 测测你的“安全力”: rounds drawn and graded on the server, the bank, the window and each unit's figures. */
export const quiz = defineFunction(
  'quiz',
  { ...citizenActions, ...bankActions, ...organizerActions },
  { openapi: ['wxacode.getUnlimited'] },
);

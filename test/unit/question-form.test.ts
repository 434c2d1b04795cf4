import { checkInput } from '@domain/common/validation';
import { saveQuestionInput } from '@domain/quiz/schemas';
import { payloadOf, type QuestionForm } from '@/packageOrganizer/hooks/useQuestionEditor';

// The hook's module reaches the platform only when the hook runs; payloadOf is pure.
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }));
jest.mock('@/services/cloud', () => ({ callFunction: jest.fn() }));

const form: QuestionForm = {
  kind: 'single',
  topic: 'hazard',
  difficulty: 1,
  stem: '发现燃气泄漏，第一步应当怎么做？',
  options: ['', '关闭阀门、开窗通风', '', '打开排风扇', '', ''],
  answer: [1],
  explanation: '开关电器会产生电火花，可能引爆泄漏的燃气。',
  source: '《城镇燃气管理条例》',
  articleId: '',
};

describe('题目编辑 form → the saveQuestion payload', () => {
  it('drops empty option slots and re-points the answer at the filled ones', () => {
    const payload = payloadOf(form);
    expect(payload).toMatchObject({ options: ['关闭阀门、开窗通风', '打开排风扇'], answer: [0] });
    expect(payload).not.toHaveProperty('id');
    expect(checkInput(saveQuestionInput, payload)).toBeNull();
  });

  it('an edit carries the id and the version it was read at', () => {
    const payload = payloadOf({ ...form, version: 3 }, 'q-gas-1');
    expect(payload).toMatchObject({ id: 'q-gas-1', version: 3 });
    expect(checkInput(saveQuestionInput, payload)).toBeNull();
  });

  it('a judge question is saved with its two fixed options whatever the slots hold', () => {
    const payload = payloadOf({ ...form, kind: 'judge', options: ['', '', '', '', '', ''], answer: [0] });
    expect(payload.options).toEqual(['正确', '错误']);
    expect(checkInput(saveQuestionInput, payload)).toBeNull();
  });
});

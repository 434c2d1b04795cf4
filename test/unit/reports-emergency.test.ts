import { emergencyWording, EMERGENCY_NUMBERS } from '@domain/reports/emergency';

describe('emergency wording is answered with call-now, never filed as an ordinary report', () => {
  it.each([
    ['正在着火！有人被困…', '正在着火'],
    ['厨房起火了，快来人', '起火了'],
    ['小区燃气管道漏气了', '漏气了'],
    ['楼道里全是浓烟，火势很大', '火势'],
    ['有人被困在电梯里出不来', '有人被困'],
    ['工人触电了躺在地上', '触电了'],
    ['隔壁仓库发生爆炸', '发生爆炸'],
  ])('%s → %s', (text, wording) => expect(emergencyWording(text)).toBe(wording));

  it.each([
    '消防通道被杂物堵塞，一旦着火人员无法疏散',
    '楼道里有电动车充电，存在火灾隐患',
    '工地脚手架没有防护网，可能坠落伤人',
    '燃气管道老化生锈，担心以后会泄漏',
  ])('a hazard, not an emergency: %s', (text) => expect(emergencyWording(text)).toBeNull());

  it('offers 119, 110 and 120', () => {
    expect(EMERGENCY_NUMBERS.map((n) => n.number)).toEqual(['119', '110', '120']);
  });
});

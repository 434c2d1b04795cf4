/**
 * Which channel takes a report, as data: the first rule whose setting (and,
 * when listed, category) matches wins; `default` catches the rest. The chosen
 * rule is stored with the report so every routing decision can be explained.
 */
export interface RoutingRule {
  id: string;
  setting?: string;
  categories?: string[];
  channelId: string;
  /** Why, in the reporter's words. */
  reason: string;
}

export const DEFAULT_RULE: RoutingRule = {
  id: 'default',
  channelId: '12345',
  reason: '社区、家庭身边的隐患和其他事项由 12345 受理并派给主管部门',
};

export const ROUTING_RULES: RoutingRule[] = [
  {
    id: 'enterprise-industry-trade',
    setting: 'enterprise',
    categories: ['mine', 'chemical', 'fireworks', 'oil', 'industry', 'trade'],
    channelId: '12350',
    reason: '工矿商贸生产经营单位的安全生产问题由应急管理部门（12350）受理',
  },
  {
    id: 'enterprise-other-department',
    setting: 'enterprise',
    categories: ['power', 'water_transport', 'aviation_rail', 'explosives', 'pollution'],
    channelId: '12345',
    reason: '电力能源、水上运输、渔业船舶、民航、铁路、民用爆炸物品和环境污染由主管部门处理，经 12345 派单',
  },
  {
    id: 'hazchem-storage',
    setting: 'hazchem',
    categories: ['storage'],
    channelId: '12350',
    reason: '危险化学品的生产、储存、经营由应急管理部门（12350）受理',
  },
  {
    id: 'hazchem-road',
    setting: 'hazchem',
    categories: ['transport'],
    channelId: '12345',
    reason: '危化品道路运输属于道路交通，由主管部门处理，经 12345 派单',
  },
  {
    id: 'construction',
    setting: 'construction',
    channelId: '12345',
    reason: '建筑施工由住建部门处理，经 12345 派单',
  },
  { id: 'gas', setting: 'gas', channelId: '12345', reason: '城镇燃气由燃气主管部门处理，经 12345 派单' },
  { id: 'road', setting: 'road', channelId: '12345', reason: '道路交通由主管部门处理，经 12345 派单' },
  { id: 'fire-lane', setting: 'fire_lane', channelId: '96119', reason: '消防通道和消防设施问题由消防救援机构受理' },
  {
    id: 'ebike',
    setting: 'ebike',
    channelId: '96119',
    reason: '电动自行车违规充电、停放是火灾隐患，由消防救援机构受理',
  },
  {
    id: 'small-venue-fire',
    setting: 'small_venue',
    channelId: '96119',
    reason: '九小场所的火灾隐患和违规动火由消防救援机构受理',
  },
];

export interface Route {
  channelId: string;
  ruleId: string;
  reason: string;
}

export function routeReport(
  report: { setting: string; category: string },
  rules: RoutingRule[] = ROUTING_RULES,
): Route {
  const rule =
    rules.find((r) => r.setting === report.setting && (!r.categories || r.categories.includes(report.category))) ??
    DEFAULT_RULE;
  return { channelId: rule.channelId, ruleId: rule.id, reason: rule.reason };
}

/**
 * Every channel a report can be routed to (each rule's and the default's), in
 * the rules' order: each needs at least one handler, or its reports wait unseen.
 */
export function routedChannels(rules: RoutingRule[] = ROUTING_RULES): string[] {
  return [...new Set([...rules, DEFAULT_RULE].map((r) => r.channelId))];
}

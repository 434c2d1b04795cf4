/**
 * Where reports go. Configuration data: the seed for the `channels` collection
 * and what the form shows before submitting (name, hotline, 举报须知).
 */
export interface Channel {
  _id: string;
  name: string;
  hotline: string;
  description: string;
  /** Shown to the reporter as 举报须知. */
  scope: string;
  /** Outbound forwarding; set per environment in the `channels` collection. */
  webhook?: { url: string };
}

export const CHANNELS: Channel[] = [
  {
    _id: '12350',
    name: '12350 安全生产举报投诉热线',
    hotline: '12350',
    description: '应急管理部门受理工矿商贸生产经营单位的安全生产举报。',
    scope:
      '受理煤矿、金属与非金属矿山（含尾矿库）、化工（含石油化工）、医药、危险化学品、烟花爆竹、石油开采、冶金、有色、建材、机械、轻工、纺织、烟草、商贸等工矿商贸生产经营单位隐瞒事故、存在重大事故隐患或违反安全生产法律法规的行为。实名举报经核查属实的可按规定给予奖励；匿名举报一般无法奖励。',
  },
  {
    _id: '12345',
    name: '12345 政务服务便民热线',
    hotline: '12345',
    description: '政务服务便民热线按职责分派给道路交通、建筑施工、城镇燃气等主管部门，也受理社区和家庭身边的隐患。',
    scope:
      '道路交通、建筑施工、城镇燃气、水上运输、渔业船舶、民航、铁路、民用爆炸物品、电力能源、环境污染等由相应主管部门处理，热线负责派单；社区、家庭身边的隐患也由此受理。实名举报经核实可按规定奖励；匿名举报一般无法奖励。',
  },
  {
    _id: '96119',
    name: '96119 火灾隐患举报投诉',
    hotline: '96119',
    description: '消防救援机构受理火灾隐患和消防安全违法行为举报。',
    scope:
      '受理堵塞占用消防通道、安全出口锁闭、消防设施损坏、电动自行车违规充电停放、九小场所消防隐患和违规动火等举报。正在发生的火灾请立即拨打 119。',
  },
];

export function channelById(id: string): Channel | undefined {
  return CHANNELS.find((c) => c._id === id);
}

/** A channel's name, or its id for one no longer configured. */
export const channelName = (id: string) => channelById(id)?.name ?? id;

/** Channel ids as their names, for lists of who handles what. */
export const channelNames = (ids: string[] = []) => ids.map(channelName).join('、');

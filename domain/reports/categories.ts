/**
 * What a reporter picks: the setting where the hazard is (the group) and the
 * kind of hazard within it. Configuration data; routing reads only the ids.
 */
export interface HazardCategory {
  id: string;
  label: string;
}

export interface HazardSetting {
  id: string;
  label: string;
  categories: HazardCategory[];
}

export const SETTINGS: HazardSetting[] = [
  {
    id: 'enterprise',
    label: '企业',
    categories: [
      { id: 'mine', label: '煤矿、金属与非金属矿山（含尾矿库）' },
      { id: 'chemical', label: '化工（含石油化工）、医药' },
      { id: 'fireworks', label: '烟花爆竹' },
      { id: 'oil', label: '石油开采' },
      { id: 'industry', label: '冶金、有色、建材、机械、轻工、纺织、烟草' },
      { id: 'trade', label: '商贸企业' },
      { id: 'power', label: '电力能源' },
      { id: 'water_transport', label: '水上运输、渔业船舶' },
      { id: 'aviation_rail', label: '民航、铁路' },
      { id: 'explosives', label: '民用爆炸物品' },
      { id: 'pollution', label: '环境污染' },
    ],
  },
  {
    id: 'construction',
    label: '工地',
    categories: [
      { id: 'height', label: '脚手架、高处作业无防护' },
      { id: 'crane', label: '塔吊、起重机械' },
      { id: 'pit', label: '深基坑、边坡' },
      { id: 'site_other', label: '其他施工安全问题' },
    ],
  },
  {
    id: 'hazchem',
    label: '危化品',
    categories: [
      { id: 'storage', label: '违规生产、储存、经营危险化学品' },
      { id: 'transport', label: '危化品运输车辆' },
    ],
  },
  {
    id: 'gas',
    label: '燃气',
    categories: [
      { id: 'pipeline', label: '燃气管道、阀门' },
      { id: 'cylinder', label: '液化气钢瓶' },
      { id: 'catering', label: '餐饮场所用气' },
    ],
  },
  {
    id: 'fire_lane',
    label: '消防通道',
    categories: [
      { id: 'blocked', label: '堵塞、占用消防通道' },
      { id: 'exit_locked', label: '安全出口锁闭' },
      { id: 'facility', label: '消防设施损坏' },
    ],
  },
  {
    id: 'ebike',
    label: '电动车充电',
    categories: [
      { id: 'indoor', label: '入户、楼道充电' },
      { id: 'flying_wire', label: '飞线充电' },
      { id: 'parking', label: '楼道、门厅停放' },
    ],
  },
  {
    id: 'electrical',
    label: '电气线路',
    categories: [
      { id: 'aging', label: '老旧电路“带病工作”' },
      { id: 'makeshift', label: '私拉乱接电线' },
    ],
  },
  {
    id: 'small_venue',
    label: '九小场所',
    categories: [
      { id: 'hot_work', label: '违规动火' },
      { id: 'venue_fire', label: '消防隐患' },
      { id: 'living', label: '“三合一”住人' },
    ],
  },
  {
    id: 'self_built',
    label: '自建房',
    categories: [
      { id: 'structure', label: '房屋开裂、违规改扩建' },
      { id: 'use_change', label: '擅自改变用途经营' },
    ],
  },
  {
    id: 'road',
    label: '道路交通',
    categories: [
      { id: 'vehicle', label: '超载、违规载人' },
      { id: 'road_facility', label: '道路设施缺损' },
    ],
  },
  { id: 'other', label: '其他', categories: [{ id: 'other', label: '其他隐患' }] },
];

export function findCategory(setting: string, category: string): HazardCategory | undefined {
  return SETTINGS.find((s) => s.id === setting)?.categories.find((c) => c.id === category);
}

export function categoryLabel(setting: string, category: string): string {
  const s = SETTINGS.find((x) => x.id === setting);
  const c = s?.categories.find((x) => x.id === category);
  return s && c ? `${s.label} · ${c.label}` : `${setting}/${category}`;
}

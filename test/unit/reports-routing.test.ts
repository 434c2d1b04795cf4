import { SETTINGS } from '@domain/reports/categories';
import { CHANNELS } from '@domain/reports/channels';
import { DEFAULT_RULE, ROUTING_RULES, routeReport } from '@domain/reports/routing';

describe('routing: category + setting → channel, with the rule that chose it', () => {
  // The 12350 side takes 工矿商贸; other sectors go to their departments through 12345; fire hazards to 96119.
  it.each([
    ['enterprise', 'mine', '12350', 'enterprise-industry-trade'],
    ['enterprise', 'chemical', '12350', 'enterprise-industry-trade'],
    ['enterprise', 'fireworks', '12350', 'enterprise-industry-trade'],
    ['enterprise', 'oil', '12350', 'enterprise-industry-trade'],
    ['enterprise', 'industry', '12350', 'enterprise-industry-trade'],
    ['enterprise', 'trade', '12350', 'enterprise-industry-trade'],
    ['enterprise', 'power', '12345', 'enterprise-other-department'],
    ['enterprise', 'water_transport', '12345', 'enterprise-other-department'],
    ['enterprise', 'aviation_rail', '12345', 'enterprise-other-department'],
    ['enterprise', 'explosives', '12345', 'enterprise-other-department'],
    ['enterprise', 'pollution', '12345', 'enterprise-other-department'],
    ['hazchem', 'storage', '12350', 'hazchem-storage'],
    ['hazchem', 'transport', '12345', 'hazchem-road'],
    ['construction', 'crane', '12345', 'construction'],
    ['gas', 'cylinder', '12345', 'gas'],
    ['road', 'vehicle', '12345', 'road'],
    ['fire_lane', 'blocked', '96119', 'fire-lane'],
    ['ebike', 'flying_wire', '96119', 'ebike'],
    ['small_venue', 'hot_work', '96119', 'small-venue-fire'],
    ['electrical', 'aging', '12345', 'default'],
    ['self_built', 'structure', '12345', 'default'],
    ['other', 'other', '12345', 'default'],
  ])('%s/%s → %s by rule %s', (setting, category, channelId, ruleId) => {
    const route = routeReport({ setting, category });
    expect(route.channelId).toBe(channelId);
    expect(route.ruleId).toBe(ruleId);
    expect(route.reason).not.toBe('');
  });

  it('sends an unknown combination to the default rule', () => {
    expect(routeReport({ setting: 'nowhere', category: 'x' })).toMatchObject({ channelId: '12345', ruleId: 'default' });
  });

  it('names only configured channels and configured categories', () => {
    const channelIds = CHANNELS.map((c) => c._id);
    for (const rule of [...ROUTING_RULES, DEFAULT_RULE]) {
      expect(channelIds).toContain(rule.channelId);
      if (!rule.setting) continue;
      const setting = SETTINGS.find((s) => s.id === rule.setting);
      expect(setting).toBeDefined();
      for (const c of rule.categories ?? []) expect(setting?.categories.map((x) => x.id)).toContain(c);
    }
    expect(new Set(ROUTING_RULES.map((r) => r.id)).size).toBe(ROUTING_RULES.length);
  });

  it('routes every configured category somewhere', () => {
    for (const s of SETTINGS)
      for (const c of s.categories)
        expect(CHANNELS.map((ch) => ch._id)).toContain(routeReport({ setting: s.id, category: c.id }).channelId);
  });
});

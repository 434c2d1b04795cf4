export default definePageConfig({ navigationBarTitleText: '活动进展统计', enablePullDownRefresh: true });

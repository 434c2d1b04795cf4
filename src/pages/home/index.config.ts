export default definePageConfig({
  navigationBarTitleText: '安全生产月',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
  enableShareTimeline: true,
});

export default definePageConfig({ navigationBarTitleText: '网络知识答题管理', enablePullDownRefresh: true });

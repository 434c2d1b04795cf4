import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { FieldError } from '@/components/form/FieldError';
import { PageState } from '@/components/PageState';
import { useMyData } from '@/hooks/useMyData';
import { go, routes } from '@/services/navigation';
import './index.scss';

/** 删除我的数据: what is held, what deleting does and what stays, then the deletion. */
export default function MyDataPage() {
  const { held, erasing, done, error, erase } = useMyData();
  return (
    <View className='page'>
      <PageState remote={held}>
        {(d) => (
          <View className='card my-data' id='my-data-held'>
            <Text className='section-title'>我们保存的您的信息</Text>
            <Text>
              报名 {d.signUps.total} 条{d.signUps.upcoming > 0 && `，其中 ${d.signUps.upcoming} 条尚未开始`}
            </Text>
            <Text>“七进”活动签到 {d.checkins} 次</Text>
            <Text>
              隐患举报 {d.reports.total} 条{d.reports.realName > 0 && `（实名 ${d.reports.realName} 条）`}
            </Text>
            <Text>{d.contactStored ? '保存有您填写的姓名、手机号或单位' : '没有保存您填写的姓名、手机号或单位'}</Text>
          </View>
        )}
      </PageState>
      <View className='card my-data'>
        <Text className='section-title'>删除后</Text>
        <Text>· 尚未开始的报名被取消，名额依次让给候补的人</Text>
        <Text>· 报名和签到中的姓名、手机号、单位被删除，活动人数统计不变</Text>
        <Text>· 举报继续由主管部门处理和留存，但不再与您关联，“我的举报”中不再显示</Text>
        <Text>· 本机保存的举报草稿和签到姓名、单位一并清除</Text>
        <Text className='link' onClick={() => go(routes.privacy)}>
          查看隐私保护指引 ›
        </Text>
      </View>
      {done && (
        <View className='card my-data__done' role='status' id='my-data-done'>
          已删除：取消 {done.cancelledSignUps} 条报名，清除 {done.erasedSignUps} 条报名、{done.erasedCheckins} 次签到和{' '}
          {done.erasedQuizAttempts} 条答题记录中的个人信息，{done.unlinkedReports} 条举报已与您解除关联。
        </View>
      )}
      <FieldError text={error ?? undefined} id='my-data-error' />
      <Button
        id='delete-my-data'
        type='primary'
        size='large'
        block
        loading={erasing}
        disabled={!held.data}
        onClick={() => void erase()}
      >
        删除我的数据
      </Button>
    </View>
  );
}

import { View, Text, Image } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro, { useRouter } from '@tarojs/taro';
import { eventWhen } from '@domain/events/when';
import { PageState } from '@/components/PageState';
import { PinIcon } from '@/components/list/Glyph';
import { useRemote } from '@/hooks/useRemote';
import { messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import { printPage } from '@/services/print';
import { saveImage } from '@/services/save-image';
import './index.scss';

/**
 * A printable A4 poster for the venue: title, date, venue, the sign-up code and
 * "微信扫一扫报名". On H5 it prints (print CSS hides everything else); on weapp the
 * code is saved to the album.
 */
export default function EventPosterPage() {
  const eventId = useRouter().params.id ?? '';
  const poster = useRemote(async () => {
    const [view, code] = await Promise.all([
      callFunction('events', 'overview', { eventId }),
      callFunction('events', 'poster', { eventId }),
    ]);
    return { view, url: code.url };
  }, [eventId]);

  const print = async () => {
    if (printPage() || !poster.data) return;
    try {
      await Taro.showToast({ title: await saveImage(poster.data.url), icon: 'none' });
    } catch (e) {
      void Taro.showToast({ title: messageOf(e), icon: 'none' });
    }
  };

  return (
    <View className='page'>
      <PageState remote={poster}>
        {({ view, url }) => (
          <>
            <View className='poster' id='event-poster'>
              <Text className='poster__band'>安全生产月 · 安全宣传咨询日</Text>
              <Text className='poster__title'>{view.event.title}</Text>
              <Text className='poster__line'>时间：{eventWhen(view.sessions)}</Text>
              <View className='poster__venue'>
                <PinIcon />
                <Text className='poster__line'>
                  {view.event.venue.name}（{view.event.venue.address}）
                </Text>
              </View>
              <Image className='poster__code' src={url} />
              <Text className='poster__cta'>微信扫一扫报名</Text>
              <Text className='poster__unit'>主办：{view.event.unit}</Text>
            </View>
            <Button id='print-poster' type='primary' block className='poster__action' onClick={() => void print()}>
              {process.env.TARO_ENV === 'h5' ? '打印海报（A4）' : '保存二维码到相册'}
            </Button>
          </>
        )}
      </PageState>
    </View>
  );
}

import { View } from '@tarojs/components';
import { OpenEvents } from '@/components/event/OpenEvents';
import { PageState } from '@/components/PageState';
import { useRemote } from '@/hooks/useRemote';
import { callFunction } from '@/services/cloud';
import '@/components/event/event.scss';

/** Events open for sign-up, soonest first. */
export default function EventsPage() {
  const open = useRemote(() => callFunction('events', 'listOpen'), []);
  return (
    <View className='page'>
      <PageState remote={open}>{(events) => <OpenEvents events={events} />}</PageState>
    </View>
  );
}

/** The time and hardware views, mounted by the app in one place: trends, rising, what's new, hardware. */
import { isTimeView, type TimeViewName } from '../state/time-url-state.ts';
import { HardwareView } from './HardwareView.tsx';
import { RisingView } from './RisingView.tsx';
import { TrendsView } from './TrendsView.tsx';
import { WhatsNewView } from './WhatsNewView.tsx';
import type { ViewProps } from './view-props.ts';
import '../time-views.css';

export const TIME_VIEW_TABS: Array<{ view: TimeViewName; title: string }> = [
  { view: 'trends', title: 'Trends' },
  { view: 'rising', title: 'Rising' },
  { view: 'whats-new', title: "What's new" },
  { view: 'hardware', title: 'Hardware' },
];

export function TimeViews(props: ViewProps) {
  const { view } = props.state;
  if (!isTimeView(view)) return null;
  if (view === 'trends') return <TrendsView {...props} />;
  if (view === 'rising') return <RisingView {...props} />;
  if (view === 'whats-new') return <WhatsNewView {...props} />;
  return <HardwareView {...props} />;
}

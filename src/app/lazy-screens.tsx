/**
 * The wizard's screens, loaded on demand so the start page's bundle stays within the 110 KB budget
 * (README, "Performance"). Once the chunk has loaded these render synchronously, like plain imports;
 * before that they suspend, and the nearest <Suspense> shows a loading message.
 */
import type { ComponentProps } from 'react';
import { useMessages } from '../i18n/i18n';
import { appMessages } from './app.messages';
import { lazyChunk } from './lazy-chunk';

type Screens = typeof import('../features/wizard/wizard-screens');
const wizard = lazyChunk<Screens>(() => import('../features/wizard/wizard-screens'));

export const loadWizard = wizard.load;
const useScreens = wizard.useModule;

export function Stepper() {
  const { Stepper: Screen } = useScreens();
  return <Screen />;
}

export function StageForm(props: ComponentProps<Screens['StageForm']>) {
  const { StageForm: Screen } = useScreens();
  return <Screen {...props} />;
}

export function ReviewPage(props: ComponentProps<Screens['ReviewPage']>) {
  const { ReviewPage: Screen } = useScreens();
  return <Screen {...props} />;
}

type Results = typeof import('../features/results/results-screens');
/** Results and plan; they show beside the wizard's stepper, so the wizard loads with them. */
const results = lazyChunk<Results>(() =>
  Promise.all([loadWizard(), import('../features/results/results-screens')]).then(([, module]) => module),
);

export const loadResults = results.load;

export function ResultsPage(props: ComponentProps<Results['ResultsPage']>) {
  const { ResultsPage: Screen } = results.useModule();
  return <Screen {...props} />;
}

export function PlanPage(props: ComponentProps<Results['PlanPage']>) {
  const { PlanPage: Screen } = results.useModule();
  return <Screen {...props} />;
}

export function ProgressPage(props: ComponentProps<Results['ProgressPage']>) {
  const { ProgressPage: Screen } = results.useModule();
  return <Screen {...props} />;
}

export function SnapshotPage(props: ComponentProps<Results['SnapshotPage']>) {
  const { SnapshotPage: Screen } = results.useModule();
  return <Screen {...props} />;
}

export function ScreenLoading() {
  const t = useMessages(appMessages);
  return (
    <p className="screen-loading" role="status">
      {t.loading}
    </p>
  );
}

type Room = typeof import('../features/workshop/room/room-screen');
/** The facilitator room is its own chunk: most visitors never open it. */
const room = lazyChunk<Room>(() => import('../features/workshop/room/room-screen'));

export const loadRoom = room.load;

export function RoomPage(props: ComponentProps<Room['RoomPage']>) {
  const { RoomPage: Screen } = room.useModule();
  return <Screen {...props} />;
}

export function RoomProjector(props: ComponentProps<Room['RoomProjector']>) {
  const { RoomProjector: Screen } = room.useModule();
  return <Screen {...props} />;
}

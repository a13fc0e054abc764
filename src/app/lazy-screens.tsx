/**
 * The wizard's screens, loaded on demand so the start page's bundle stays within the 110 KB budget
 * (README, "Performance"). Once the chunk has loaded these render synchronously, like plain imports;
 * before that they suspend, and the nearest <Suspense> shows a loading message.
 */
import { use, type ComponentProps } from 'react';

type Screens = typeof import('../wizard/wizard-screens');

let screens: Screens | undefined;
let loading: Promise<Screens> | undefined;

/** Start loading the wizard (once); safe to call as often as you like, e.g. on hover or idle. */
export function loadWizard(): Promise<Screens> {
  loading ??= import('../wizard/wizard-screens').then(
    (module) => (screens = module),
    (error: unknown) => {
      loading = undefined; // let the next attempt try again
      throw error;
    },
  );
  return loading;
}

/** Run `action` as soon as the wizard is loaded: at once if it already is, so no loading state shows. */
export function whenWizardLoaded(action: () => void): void {
  if (screens) action();
  else loadWizard().then(action, () => action()); // on failure, let <Suspense> show the state and retry
}

function useScreens(): Screens {
  return screens ?? use(loadWizard());
}

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

export function ResultsPage(props: ComponentProps<Screens['ResultsPage']>) {
  const { ResultsPage: Screen } = useScreens();
  return <Screen {...props} />;
}

export function PlanPage(props: ComponentProps<Screens['PlanPage']>) {
  const { PlanPage: Screen } = useScreens();
  return <Screen {...props} />;
}

export function ScreenLoading() {
  return (
    <p className="screen-loading" role="status">
      Loading…
    </p>
  );
}

type Room = typeof import('../facilitator/room-screen');
let room: Room | undefined;
let loadingRoom: Promise<Room> | undefined;

/** The facilitator room is its own chunk: most visitors never open it. */
export function loadRoom(): Promise<Room> {
  loadingRoom ??= import('../facilitator/room-screen').then(
    (module) => (room = module),
    (error: unknown) => {
      loadingRoom = undefined; // let the next attempt try again
      throw error;
    },
  );
  return loadingRoom;
}

/** Open the room once its chunk has loaded, so focus can move to its heading (see app.tsx). */
export function whenRoomLoaded(action: () => void): void {
  if (room) action();
  else loadRoom().then(action, () => action()); // on failure, let <Suspense> show the state and retry
}

export function RoomPage(props: ComponentProps<Room['RoomPage']>) {
  const { RoomPage: Screen } = room ?? use(loadRoom());
  return <Screen {...props} />;
}

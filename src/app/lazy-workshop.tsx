/**
 * The workshop screens, loaded on demand like the wizard's (see lazy-screens.tsx): a cold visitor who never
 * runs a workshop never downloads them.
 */
import { use, type ComponentProps } from 'react';

type Screens = typeof import('../workshop/workshop-screens');

let screens: Screens | undefined;
let loading: Promise<Screens> | undefined;

export function loadWorkshop(): Promise<Screens> {
  loading ??= import('../workshop/workshop-screens').then(
    (module) => (screens = module),
    (error: unknown) => {
      loading = undefined; // let the next attempt try again
      throw error;
    },
  );
  return loading;
}

/** Run `action` once the screens are loaded, so focus can land on their heading as they appear. */
export function whenWorkshopLoaded(action: () => void): void {
  if (screens) action();
  else loadWorkshop().then(action, () => action());
}

function useScreens(): Screens {
  return screens ?? use(loadWorkshop());
}

export function PresentationView(props: ComponentProps<Screens['PresentationView']>) {
  const { PresentationView: Screen } = useScreens();
  return <Screen {...props} />;
}

export function WorksheetsPage(props: ComponentProps<Screens['WorksheetsPage']>) {
  const { WorksheetsPage: Screen } = useScreens();
  return <Screen {...props} />;
}

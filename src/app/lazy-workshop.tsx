/**
 * The workshop screens, loaded on demand like the wizard's (see lazy-screens.tsx): a cold visitor who never
 * runs a workshop never downloads them.
 */
import type { ComponentProps } from 'react';
import { lazyChunk } from './lazy-chunk';

type Screens = typeof import('../features/workshop/workshop-screens');
const workshop = lazyChunk<Screens>(() => import('../features/workshop/workshop-screens'));

export const loadWorkshop = workshop.load;
const useScreens = workshop.useModule;

export function PresentationView(props: ComponentProps<Screens['PresentationView']>) {
  const { PresentationView: Screen } = useScreens();
  return <Screen {...props} />;
}

export function WorksheetsPage(props: ComponentProps<Screens['WorksheetsPage']>) {
  const { WorksheetsPage: Screen } = useScreens();
  return <Screen {...props} />;
}

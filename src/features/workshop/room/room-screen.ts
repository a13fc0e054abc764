/** The facilitator room's lazy chunk, loaded by src/app/lazy-screens.tsx when the room (or its projector view) is opened. */
import '../came-from';
export { RoomPage } from './room-page';
export { RoomProjector } from './room-projector';

/** The facilitator room's lazy chunk, loaded by src/app/lazy-screens.tsx when the room is opened. */
export { RoomPage } from './room-page';

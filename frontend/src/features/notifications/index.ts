// The notifications feature's public surface for the app shell: the header's bell.
// Its page is in ./pages, loaded when its route is visited.
export { NotificationBell } from './components/NotificationBell';
